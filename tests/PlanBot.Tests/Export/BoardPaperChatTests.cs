using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Export;

/// <summary>
/// 「報告書」 in chat through real HTTP on loopback both ways: the real host (seed plan, temp SQLite store, local mode)
/// and a fake Teams that receives its replies and serves the OneDrive upload URL; the consent answered by posting the
/// fileConsent/invoke Teams would send.
/// </summary>
public sealed class BoardPaperChatTests : IAsyncLifetime
{
    private const string BotId = "28:planbot";
    private const string TeamChannel = "19:kyukeiren@thread.tacv2";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly Person Member = new("田中 一郎", "tanaka@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e0b", "産業振興部", PersonRole.Member);
    private static readonly Person Manager = new("佐藤 次郎", "sato@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e0a", "経営企画室", PersonRole.Manager);
    private static readonly Person Stranger = new("部外 者", "guest@partner.example.com", "0b9a6c1e-0000-4000-8000-000000000099", null, PersonRole.Member);

    private readonly HttpClient _http = new();
    private FakeTeams _teams = null!;
    private PlanBotOnLoopback _bot = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeTeams.StartAsync();
        // A fixed day in FY2026 Q3: which quarters have begun, and the default quarter, must not depend on today's date.
        _bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(JapanTime.At(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)))));
        await _bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync([Member, Manager], CancellationToken.None);
        var progress = _bot.Services.GetRequiredService<IProgressStore>();
        var at = JapanTime.At(new DateOnly(2026, 11, 20), new TimeOnly(10, 0));
        await progress.AppendAsync(new ProgressReport("3-1", new FiscalQuarter(2026, 3), ProgressStatus.Delayed, 30, "採択待ち", Member.Email, at), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("4-1", new FiscalQuarter(2026, 3), ProgressStatus.OnTrack, 60, null, Manager.Email, at), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task Accepted_UploadsTheWorkbookToTheUploadUrlAndShowsItWithAFileInfoCard()
    {
        var offer = await SayAsync(Member, "2026Q3の報告書");

        var consent = Attachment(offer, "application/vnd.microsoft.teams.card.file.consent");
        Assert.Equal("アクションプラン進捗_2026年度第3四半期.xlsx", consent.GetProperty("name").GetString());
        Assert.True(consent.GetProperty("content").GetProperty("sizeInBytes").GetInt64() > 5_000);
        Assert.Contains("産業振興部", consent.GetProperty("content").GetProperty("description").GetString(), StringComparison.Ordinal);
        var context = consent.GetProperty("content").GetProperty("acceptContext");
        Assert.Equal("2026Q3", context.GetProperty("quarter").GetString());
        Assert.Empty(_teams.Uploads);

        var before = _teams.Delivered.Count;
        var (status, _) = await AnswerAsync(Member, "accept", context);

        Assert.Equal(HttpStatusCode.OK, status);
        var upload = Assert.Single(_teams.Uploads);
        Assert.Equal($"bytes 0-{upload.Bytes.Length - 1}/{upload.Bytes.Length}", upload.ContentRange);
        Assert.Empty(upload.Authorization);
        var shown = await NextDeliveredAsync(before);
        var info = Attachment(shown, "application/vnd.microsoft.teams.card.file.info");
        Assert.Equal("アクションプラン進捗_2026年度第3四半期.xlsx", info.GetProperty("name").GetString());
        Assert.Equal("https://contoso-my.sharepoint.com/personal/tanaka/Documents/Applications/PlanBot/board.xlsx", info.GetProperty("contentUrl").GetString());
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", info.GetProperty("content").GetProperty("uniqueId").GetString());
        Assert.Equal("xlsx", info.GetProperty("content").GetProperty("fileType").GetString());
        Assert.Equal(ChatActivities.PersonalChatOf(Member), shown.ConversationId);

        // What was uploaded is the member's paper: valid, their department's rows only, the store's status.
        using var document = SpreadsheetDocument.Open(new MemoryStream(upload.Bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        var text = string.Join('\n', document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText));
        Assert.Contains("採択待ち", text, StringComparison.Ordinal);
        Assert.Contains("範囲: 田中 一郎さんの担当と産業振興部の項目", text, StringComparison.Ordinal);
        Assert.DoesNotContain("地域共創部", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declined_UploadsNothingAndAnswersPolitely()
    {
        var offer = await SayAsync(Manager, "エクスポート");
        var context = Attachment(offer, "application/vnd.microsoft.teams.card.file.consent").GetProperty("content").GetProperty("declineContext");

        var before = _teams.Delivered.Count;
        var (status, _) = await AnswerAsync(Manager, "decline", context);

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = await NextDeliveredAsync(before);
        Assert.Contains("ファイルはお送りしていません", reply.CardText, StringComparison.Ordinal);
        Assert.Empty(_teams.Uploads);
    }

    [Theory]
    [InlineData("Excelで出して")]
    [InlineData("2026Q2の報告書")]
    public async Task InAChannel_AsksForThePersonalChatAndOffersNoFile(string text)
    {
        var reply = await SayAsync(Manager, text, TeamChannel);

        Assert.Equal(TeamChannel, reply.ConversationId);
        Assert.Contains("「エクスポート」は PlanBot との個人チャットでお使いいただけます", reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("file.consent", reply.Activity.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("guest@partner.example.com", "エクスポート", "名簿にまだ登録されていない")]
    [InlineData("sato@example.jp", "2023Q4の報告書", "アクションプランは2024年度から2026年度までです")]
    [InlineData("sato@example.jp", "2099Q1の報告書", "まだ始まっていない")]
    [InlineData("sato@example.jp", "3Qの報告書", "「3Q」は四半期として読み取れませんでした")]
    [InlineData("sato@example.jp", "エクスポート 2026Q5", "「2026Q5」は四半期として読み取れませんでした")]
    public async Task ARequestItCannotServe_IsAnsweredWhyInJapaneseAndOffersNoFile(string email, string text, string why)
    {
        var reply = await SayAsync(new[] { Member, Manager, Stranger }.Single(p => p.Email == email), text);

        Assert.Contains(why, reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("file.consent", reply.Activity.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionNamingAQuarter_IsStillAnsweredAsAQuestion()
    {
        var reply = await SayAsync(Manager, "2026Q3の遅延は?");

        Assert.DoesNotContain("file.consent", reply.Activity.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("遅延", reply.CardText, StringComparison.Ordinal);
    }

    private async Task<FakeTeamsSend> SayAsync(Person from, string text, string? teamChannel = null)
    {
        var before = _teams.Delivered.Count;
        var (status, _) = await PostAsync(ChatActivities.Message(_teams.ServiceUrl, BotId, from, text, teamChannel));
        Assert.Equal(HttpStatusCode.OK, status);
        return await NextDeliveredAsync(before);
    }

    /// <summary>Posts the fileConsent/invoke Teams sends when the user answers the card; on accept with an upload URL of the fake.</summary>
    private Task<(HttpStatusCode, string)> AnswerAsync(Person from, string action, JsonElement context)
    {
        var value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = JsonNode.Parse(context.GetRawText()),
        };
        if (action == "accept")
        {
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/tanaka/Documents/Applications/PlanBot/board.xlsx",
                ["name"] = "アクションプラン進捗_2026年度第3四半期.xlsx",
                ["uploadUrl"] = _teams.UploadUrl("session-1").ToString(),
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "xlsx",
                ["etag"] = "123",
            };
        }

        return PostAsync(ChatActivities.Invoke(_teams.ServiceUrl, BotId, from, "fileConsent/invoke", value));
    }

    private async Task<(HttpStatusCode, string)> PostAsync(JsonObject activity)
    {
        using var response = await _http.PostAsync(_bot.MessagesEndpoint, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<FakeTeamsSend> NextDeliveredAsync(int before)
    {
        while (_teams.Delivered.Count == before)
        {
            Assert.True(await _teams.DeliveredChanged(Patience), $"PlanBot sent nothing within {Patience}.");
        }

        return _teams.Delivered[before];
    }

    private static JsonElement Attachment(FakeTeamsSend send, string contentType) =>
        send.Activity.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("contentType").GetString() == contentType);
}
