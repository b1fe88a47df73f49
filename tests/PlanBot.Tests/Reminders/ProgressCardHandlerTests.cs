using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Progress;
using PlanBot.Teams.Reminders;
using PlanBot.Tests.Support;
using static PlanBot.Tests.Reminders.ProgressCardJson;

namespace PlanBot.Tests.Reminders;

/// <summary>
/// A reminder card's answer sent to /api/messages over real HTTP, as Teams sends it: the invoke's response is the card
/// that replaces it, and the store holds the answer only when it was accepted.
/// </summary>
public sealed class ProgressCardHandlerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Submit_ValidAnswer_RecordedCardAndReportStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "遅延", percent: "40", comment: "業者選定が遅れています。来月に契約します。")));

        var text = AllText(card);
        Assert.Contains("山田 花子さんが 12月20日 10:00 に記録しました。", text, StringComparison.Ordinal);
        Assert.Contains("今期の記録: 遅延・40%", text, StringComparison.Ordinal);
        Assert.Equal("遅延", ValueOf(card, $"status:{bot.Key}"));
        Assert.Equal("業者選定が遅れています。来月に契約します。", ValueOf(card, $"comment:{bot.Key}"));
        Assert.True(HasInputs(card), "The recorded card stays editable while the cycle is open.");
        var (reports, answers) = await bot.StoredAsync();
        var report = Assert.Single(reports);
        Assert.Equal((bot.Key, ProgressStatus.Delayed, 40, "業者選定が遅れています。来月に契約します。", bot.Owner.Email, ReminderCardBot.Start),
            (report.SubThemeKey, report.Status, report.PercentComplete, report.Comment, report.ReporterEmail, report.ReportedAt));
        Assert.Equal(bot.Key, Assert.Single(answers).SubThemeKey);
        await using var db = await bot.Bot.Services.GetRequiredService<IDbContextFactory<PlanDbContext>>().CreateDbContextAsync();
        var history = Assert.Single(db.ProgressSubmissions);
        Assert.Equal((bot.Owner.Email, bot.CardId), (history.ReporterEmail, history.CardId));
    }

    [Fact]
    public async Task Submit_DelayedWithoutComment_ErrorBesideCommentEntriesKeptNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "遅延", percent: "30", comment: "  ")));

        Assert.Equal(["「遅延」「要注意」のときは、理由と次の一手をコメントにお書きください。"], ErrorsAfter(card, $"comment:{bot.Key}"));
        Assert.Empty(ErrorsAfter(card, $"status:{bot.Key}"));
        Assert.Equal("遅延", ValueOf(card, $"status:{bot.Key}"));
        Assert.Equal("30", ValueOf(card, $"percent:{bot.Key}"));
        Assert.Contains("入力内容をご確認ください。まだ記録されていません。", AllText(card), StringComparison.Ordinal);
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_AtRiskWithoutComment_ErrorBesideComment()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "要注意", percent: "70")));

        Assert.Equal(["「遅延」「要注意」のときは、理由と次の一手をコメントにお書きください。"], ErrorsAfter(card, $"comment:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
    }

    [Theory]
    [InlineData("150", "進捗率は0〜100の整数で入力してください。")]
    [InlineData("-1", "進捗率は0〜100の整数で入力してください。")]
    [InlineData("abc", "進捗率は数字で入力してください。")]
    [InlineData("", "進捗率を入力してください。")]
    public async Task Submit_BadPercent_ErrorBesidePercentNothingStored(string percent, string error)
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: percent, comment: "予定どおりです。")));

        Assert.Equal([error], ErrorsAfter(card, $"percent:{bot.Key}"));
        Assert.Empty(ErrorsAfter(card, $"status:{bot.Key}"));
        Assert.Equal("順調", ValueOf(card, $"status:{bot.Key}"));
        Assert.Equal("予定どおりです。", ValueOf(card, $"comment:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
    }

    [Theory]
    [InlineData("完璧", "状況は「未着手・順調・要注意・遅延・完了・中止」から選んでください。")]
    [InlineData("", "状況を選んでください。")]
    public async Task Submit_BadStatus_ErrorBesideStatusNothingStored(string status, string error)
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: status, percent: "50", comment: "進めています。")));

        Assert.Equal([error], ErrorsAfter(card, $"status:{bot.Key}"));
        Assert.Equal("50", ValueOf(card, $"percent:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_CommentLongerThanTheCardAllows_ErrorBesideCommentNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50", comment: new string('あ', 501))));

        Assert.Equal(["コメントは500文字以内でお願いします。"], ErrorsAfter(card, $"comment:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_NotAnOwnerOfTheItem_ItemShowsTheErrorNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50"), from: bot.Colleague));

        Assert.True(HasItem(card, bot.Key), "The card keeps the item that was answered.");
        Assert.Equal(["この取組の担当者として登録されていないため、記録できません。"], ItemErrors(card, bot.Key));
        Assert.Equal("順調", ValueOf(card, $"status:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_SenderNotOnRoster_CardSaysSoNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        var stranger = bot.Owner with { Name = "部外 者", Email = "stranger@example.com", AadObjectId = "00000000-0000-0000-0000-0000000000ff" };

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50"), from: stranger));

        Assert.Contains("名簿にご登録がないため、回答を記録できません。", AllText(card), StringComparison.Ordinal);
        Assert.Equal(["この取組の担当者として登録されていないため、記録できません。"], ItemErrors(card, bot.Key));
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_ClosedCycle_ClosedCardKeepsWhatWasTypedNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        await bot.CloseCycleAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50", comment: "**遅れて** 提出します")));

        Assert.Contains("このリマインドは締め切りました。", AllText(card), StringComparison.Ordinal);
        Assert.Equal("この四半期の回答受付は終了しました。", Texts(card)[1]);
        Assert.Contains("状況 順調 / 進捗率 50 / コメント **遅れて** 提出します", AllText(card), StringComparison.Ordinal);
        Assert.False(HasInputs(card));
        Assert.Null(card["actions"]);
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_QuarterWithoutACycle_CardSaysSoNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50", cycleId: "2026Q2")));

        Assert.Contains("このカードのリマインドが見つからないため、回答を記録できません。", AllText(card), StringComparison.Ordinal);
        Assert.Equal("順調", ValueOf(card, $"status:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
        Assert.Empty((await bot.Progress.ListAllAsync(CancellationToken.None)));
    }

    [Theory]
    [InlineData("""{"verb":"progress.submit","status:1-1":"順調"}""")]
    [InlineData("""{"verb":"progress.submit","cycleId":"今期","cardId":"x"}""")]
    [InlineData("""{"verb":"progress.unknown","cycleId":"2026Q3","cardId":"x"}""")]
    public async Task Submit_UnreadableData_JapaneseMessageCardLeftAsItWasNothingStored(string data)
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var response = await bot.InvokeAsync(JsonNode.Parse(data)!.AsObject());

        Assert.Equal(200, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.StartsWith("カードの内容を読み取れませんでした。", (string?)body["value"], StringComparison.Ordinal);
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_SameActivityDeliveredTwice_StoredOnce()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        var data = bot.Data(status: "順調", percent: "60", comment: "順調です。");

        var first = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(data, activityId: "f:redelivered"));
        // Within the endpoint's window the repeat is dropped before the handler; after it, the store's key on the
        // submission (the activity id) is what keeps it once.
        var repeat = await bot.InvokeAsync(data, activityId: "f:redelivered");
        bot.Clock.Advance(TimeSpan.FromMinutes(20));
        var late = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(data, activityId: "f:redelivered"));

        Assert.Equal(200, (int)repeat.StatusCode);
        var (reports, _) = await bot.StoredAsync();
        Assert.Single(reports);
        Assert.Contains("12月20日 10:00 に記録しました。", AllText(first), StringComparison.Ordinal);
        Assert.Contains("12月20日 10:00 に記録しました。", AllText(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SameAnswersTwiceWithinAMinute_StoredOnceAndBothShowTheFirstRecord()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        var data = bot.Data(status: "順調", percent: "60", comment: "順調です。");

        // A double click: two activities (two ids) with the same entries, two seconds apart.
        var first = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(data));
        bot.Clock.Advance(TimeSpan.FromSeconds(2));
        var second = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(data));

        var (reports, _) = await bot.StoredAsync();
        Assert.Single(reports);
        Assert.Contains("12月20日 10:00 に記録しました。", AllText(first), StringComparison.Ordinal);
        Assert.Contains("12月20日 10:00 に記録しました。", AllText(second), StringComparison.Ordinal);
        Assert.Equal("順調です。", ValueOf(second, $"comment:{bot.Key}"));
    }

    [SkippableFact]
    public async Task Submit_DiskFull_CardSaysNothingWasRecordedKeepsTheEntriesAndRecordsOnceThereIsSpace()
    {
        using var disk = TinyFileSystem.TryMount(megabytes: 16, out var reason);
        Skip.If(disk is null, reason);
        await using var bot = await ReminderCardBot.StartAsync(databasePath: Path.Combine(disk.Folder, "planbot.db"));
        var data = bot.Data(status: "遅延", percent: "30", comment: "資材の納期が遅れています。");

        // Everything written so far is in the database file, so the answer needs new space in the write-ahead log.
        await using (var db = await bot.Bot.Services.GetRequiredService<IDbContextFactory<PlanDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        disk.Fill();
        using var refusedResponse = await bot.InvokeAsync(data);
        var refusedBody = await refusedResponse.Content.ReadAsStringAsync();
        disk.Free();
        var (afterFault, _) = await bot.StoredAsync();
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var recorded = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(data));

        // The write fails (the card comes back with the entries and the notice), or, when the full disk already stops a
        // read, a text answer leaves the card as the user filled it in; either way the user is told, and nothing is lost.
        Assert.Equal(200, (int)refusedResponse.StatusCode);
        var refused = JsonNode.Parse(refusedBody)!.AsObject();
        if ((string?)refused["type"] == "application/vnd.microsoft.activity.message")
        {
            Assert.Contains("回答は記録されていません", (string?)refused["value"], StringComparison.Ordinal);
        }
        else
        {
            var card = refused["value"]!.AsObject();
            var text = AllText(card);
            Assert.Contains("回答は記録されていません", text, StringComparison.Ordinal);
            Assert.DoesNotContain("に記録しました", text, StringComparison.Ordinal);
            Assert.Equal("遅延", ValueOf(card, $"status:{bot.Key}"));
            Assert.Equal("30", ValueOf(card, $"percent:{bot.Key}"));
            Assert.Equal("資材の納期が遅れています。", ValueOf(card, $"comment:{bot.Key}"));
        }

        Assert.Empty(afterFault);
        Assert.Contains("12月20日 10:01 に記録しました。", AllText(recorded), StringComparison.Ordinal);
        Assert.Single((await bot.StoredAsync()).Reports);
    }

    [Fact]
    public async Task Submit_AnsweredAgainLater_BothKeptLatestShown()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "60")));
        bot.Clock.Advance(TimeSpan.FromHours(2));

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "完了", percent: "100", comment: "完了しました。")));

        Assert.Contains("12月20日 12:00 に記録しました。", AllText(card), StringComparison.Ordinal);
        Assert.Equal("完了", ValueOf(card, $"status:{bot.Key}"));
        var (reports, answers) = await bot.StoredAsync();
        Assert.Equal([ProgressStatus.OnTrack, ProgressStatus.Completed], reports.Select(r => r.Status));
        Assert.Equal(ReminderCardBot.Start.AddHours(2), Assert.Single(answers).AnsweredAt);
    }

    [Fact]
    public async Task Refresh_BeforeAndAfterAnswering_CardShowsItsCurrentState()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var open = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(verb: "progress.refresh")));
        await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "60")));
        var recorded = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(verb: "progress.refresh")));
        await bot.CloseCycleAsync();
        var closed = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(verb: "progress.refresh")));

        Assert.True(HasItem(open, bot.Key));
        // The follow-up goes out on the third business day after the year-end break (6 January 2027); answers are asked by the day before.
        Assert.Contains("締め切り: 1月5日(火)", AllText(open), StringComparison.Ordinal);
        Assert.DoesNotContain("記録しました", AllText(open), StringComparison.Ordinal);
        Assert.Null(ValueOf(open, $"status:{bot.Key}"));
        Assert.Contains("山田 花子さんが 12月20日 10:00 に記録しました。", AllText(recorded), StringComparison.Ordinal);
        Assert.Equal("順調", ValueOf(recorded, $"status:{bot.Key}"));
        Assert.Equal([$"29:{bot.Owner.AadObjectId}"], recorded["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("このリマインドは締め切りました。", AllText(closed), StringComparison.Ordinal);
        Assert.Contains("今期の記録: 順調・60%", AllText(closed), StringComparison.Ordinal);
        Assert.Single((await bot.StoredAsync()).Reports);
    }

    [Fact]
    public async Task Refresh_CoOwnerAnswered_CardShowsTheirRecord()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "80", comment: "鈴木が対応しました。"), from: bot.CoOwner));

        var refresh = bot.Data(verb: "progress.refresh");
        refresh["cardId"] = bot.CardIdOf(bot.Owner);
        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(refresh));

        Assert.Contains("鈴木 一郎さんが 12月20日 10:00 に記録しました。", AllText(card), StringComparison.Ordinal);
        Assert.Contains("今期の記録: 順調・80%(鈴木 一郎さん、12月20日 10:00)", AllText(card), StringComparison.Ordinal);
        Assert.Equal("80", ValueOf(card, $"percent:{bot.Key}"));
        Assert.Equal(bot.CoOwner.Email, Assert.Single((await bot.StoredAsync()).Answers).ReporterEmail);
    }

    [Fact]
    public async Task Refresh_OwnerWithSeveralCards_EachCardShowsItsOwnPart()
    {
        await using var bot = await ReminderCardBot.StartAsync(colleagueOwnsEverything: true);
        var asked = (await bot.Cycles.LoadAsync(ReminderCardBot.Quarter, CancellationToken.None))!.RecipientFor(bot.Colleague.Email)!.SubThemeKeys;
        Assert.True(asked.Count > 15, $"The seed gives {asked.Count} items; the test needs more than one card.");
        var shown = new List<string>();
        int? parts = null;
        for (var part = 1; part <= (parts ?? 1); part++)
        {
            var refresh = bot.Data(verb: "progress.refresh");
            refresh["cardId"] = $"{ReminderCardBot.Quarter}:reminder:{bot.Colleague.Email}:{part}";
            var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(refresh, from: bot.Colleague));
            var items = asked.Where(k => HasItem(card, k)).ToList();

            // The title says which card of how many: "…進捗報告のお願い(2/3)".
            var title = System.Text.RegularExpressions.Regex.Match(Texts(card)[0], @"\((\d+)/(\d+)\)$");
            Assert.True(title.Success, Texts(card)[0]);
            Assert.Equal(part, int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            parts ??= int.Parse(title.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(items.Count, 1, 15);
            shown.AddRange(items);
        }

        Assert.Equal(asked.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Refresh_FollowUpCard_ShowsTheItemsItWasSentWith()
    {
        await using var bot = await ReminderCardBot.StartAsync(colleagueOwnsEverything: true);
        var asked = (await bot.Cycles.LoadAsync(ReminderCardBot.Quarter, CancellationToken.None))!.RecipientFor(bot.Colleague.Email)!.SubThemeKeys;
        var followUp = new ReminderCardPayload(ReminderCardBot.Quarter.ToString(), bot.Colleague.Email, 1, 1, [asked[20], asked[3]]);
        await bot.Bot.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboxEntry(OutboxKinds.FollowUp, followUp.FollowUpIdempotencyKey, bot.Colleague.Email, null, followUp.ToJson()), CancellationToken.None);

        var refresh = bot.Data(verb: "progress.refresh");
        refresh["cardId"] = followUp.FollowUpIdempotencyKey;
        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(refresh, from: bot.Colleague));

        Assert.Equal([asked[3], asked[20]], asked.Where(k => HasItem(card, k)));
        Assert.DoesNotMatch(@"\(\d+/\d+\)$", Texts(card)[0]);
    }

    [Fact]
    public async Task Refresh_SomeoneElsesCardId_ShowsOnlyTheirOwnItems()
    {
        await using var bot = await ReminderCardBot.StartAsync();
        var ownerKeys = (await bot.Cycles.LoadAsync(ReminderCardBot.Quarter, CancellationToken.None))!.RecipientFor(bot.Owner.Email)!.SubThemeKeys;

        var refresh = bot.Data(verb: "progress.refresh");
        refresh["cardId"] = bot.CardIdOf(bot.CoOwner);
        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(refresh, from: bot.Colleague));

        // The colleague owns nothing: the co-owner's card id does not lend them the co-owner's items.
        Assert.DoesNotContain(ownerKeys, k => HasItem(card, k));
    }

    [Fact]
    public async Task SubmitFallback_ValidAnswer_CardMessageUpdatedInPlaceAndStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var response = await bot.SubmitAsync(bot.Data(status: "完了", percent: "100", comment: "完了しました。"), cardMessageId: "1700000000001");
        var (conversationId, activityId, activity) = await bot.Connector.NextUpdateAsync(Patience);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal((bot.ConversationId(), "1700000000001"), (conversationId, activityId));
        var card = CardOf(activity);
        Assert.Contains("山田 花子さんが 12月20日 10:00 に記録しました。", AllText(card), StringComparison.Ordinal);
        var report = Assert.Single((await bot.StoredAsync()).Reports);
        Assert.Equal(ProgressStatus.Completed, report.Status);
    }

    [Fact]
    public async Task SubmitFallback_DelayedWithoutComment_CardUpdatedWithTheErrorNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        await bot.SubmitAsync(bot.Data(status: "遅延", percent: "10"), cardMessageId: "1700000000002");
        var (_, activityId, activity) = await bot.Connector.NextUpdateAsync(Patience);

        Assert.Equal("1700000000002", activityId);
        var card = CardOf(activity);
        Assert.Equal(["「遅延」「要注意」のときは、理由と次の一手をコメントにお書きください。"], ErrorsAfter(card, $"comment:{bot.Key}"));
        Assert.Equal("10", ValueOf(card, $"percent:{bot.Key}"));
        await AssertNothingStoredAsync(bot);
    }

    [Fact]
    public async Task Submit_NothingEntered_CardAsksForAnAnswerNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        var card = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data()));

        Assert.Contains("少なくとも1件、回答を入力してください。", AllText(card), StringComparison.Ordinal);
        Assert.True(HasInputs(card));
        await AssertNothingStoredAsync(bot);
    }

    [SkippableFact]
    public async Task Respond_EveryOutcome_CardMatchesAdaptiveCard15Schema()
    {
        var schema = AdaptiveCardSchemaFile.Shared;
        Skip.If(schema.Schema is null, schema.Source);
        await using var bot = await ReminderCardBot.StartAsync();
        var stranger = bot.Owner with { Email = "stranger@example.com", AadObjectId = "00000000-0000-0000-0000-0000000000ff" };
        var cards = new List<(string Outcome, JsonObject Card)>
        {
            ("open", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(verb: "progress.refresh")))),
            ("comment required", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "遅延", percent: "30")))),
            ("percent not a number", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "abc")))),
            ("nothing entered", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data()))),
            ("not an owner", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50"), from: bot.Colleague))),
            ("not on roster", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50"), from: stranger))),
            ("no cycle", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50", cycleId: "2026Q2")))),
            ("recorded", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "順調", percent: "50", comment: "進めています。")))),
        };
        await bot.CloseCycleAsync();
        cards.Add(("closed", await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(verb: "progress.refresh")))));

        var invalid = cards.Where(c => !schema.IsValid(c.Card)).Select(c => c.Outcome).ToList();

        Assert.True(invalid.Count == 0, $"Not valid Adaptive Card 1.5 ({schema.Source}): {string.Join(", ", invalid)}");
    }

    [Fact]
    public async Task SubmitFallback_UnreadableData_CardLeftAsItWasNoticeSentNothingStored()
    {
        await using var bot = await ReminderCardBot.StartAsync();

        await bot.SubmitAsync(JsonNode.Parse("""{"verb":"progress.submit","status:1-1":"順調"}""")!.AsObject(), cardMessageId: "1700000000003", activityId: "fallback-1");
        // The reminder cards queued when the cycle opened are being sent meanwhile: wait for the reply to this message.
        var reply = await bot.Connector.ReplyToAsync("fallback-1", Patience);

        Assert.Contains("カードの内容を読み取れませんでした。", AllText(CardOf(reply)), StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Updates);
        await AssertNothingStoredAsync(bot);
    }

    private static JsonObject CardOf(PlanBot.Connector.Schema.Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return JsonNode.Parse(((JsonElement)attachment.Content!).GetRawText())!.AsObject();
    }

    private static async Task AssertNothingStoredAsync(ReminderCardBot bot)
    {
        var (reports, answers) = await bot.StoredAsync();
        Assert.Empty(reports);
        Assert.Empty(answers);
    }
}
