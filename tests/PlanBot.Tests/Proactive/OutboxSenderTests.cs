using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Tests.Proactive;

/// <summary>The outbox sender against a fake Teams on loopback, on a real SQLite store and a fake clock.</summary>
public sealed class OutboxSenderTests : IAsyncLifetime
{
    private ReminderFanOut _fanOut = null!;

    public async Task InitializeAsync() => _fanOut = await ReminderFanOut.CreateAsync();

    public async Task DisposeAsync() => await _fanOut.DisposeAsync();

    [Fact]
    public async Task SendDue_FanOutToSeveralOwners_OneCardPerOwnerPartAndEveryDeliveryRecorded()
    {
        await using var host = await _fanOut.StartHostAsync();
        var dispatch = await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);

        await host.SendAllDueAsync();

        var cycle = await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None);
        var queued = await host.Outbox.ListAsync("2026Q3:", CancellationToken.None);
        var deliveries = await host.Cycles.ListCardDeliveriesAsync(ReminderFanOut.Q3, CancellationToken.None);
        Assert.True(dispatch!.Enqueued.Count >= 4, $"{dispatch.Enqueued.Count} cards enqueued");
        Assert.Equal(4, cycle!.Recipients.Count);
        Assert.Empty(cycle.PendingCards);
        Assert.All(queued, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.All(queued, m => Assert.DoesNotContain("IdempotencyKey", m.Payload, StringComparison.Ordinal));
        Assert.Equal(queued.Count, _fanOut.Teams.Delivered.Count);
        Assert.Equal(queued.Count, deliveries.Count);
        Assert.Equal(
            queued.Select(m => m.SentActivityId).Order(StringComparer.Ordinal),
            deliveries.Select(d => d.Delivery.ActivityId).Order(StringComparer.Ordinal));

        // Each owner got their card in their own chat: three known, 伊藤's created from the team's members and stored.
        var byChat = _fanOut.Teams.Delivered.GroupBy(s => s.ConversationId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(
            new[] { ReminderFanOut.ChatOf("suzuki"), ReminderFanOut.ChatOf("takahashi"), ReminderFanOut.ChatOf("tanaka"), FakeTeams.PersonalChatOf("29:ito") }.Order(StringComparer.Ordinal),
            byChat.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["29:ito"], _fanOut.Teams.CreatedFor);
        var created = await host.Conversations.FindPersonalAsync("8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e04", CancellationToken.None);
        Assert.Equal(FakeTeams.PersonalChatOf("29:ito"), created!.ConversationId);
        Assert.Equal(ConversationState.Active, created.State);

        var tanaka = _fanOut.Teams.Delivered.Single(s => s.ConversationId == ReminderFanOut.ChatOf("tanaka"));
        var card = tanaka.CardText;
        Assert.Equal("AdaptiveCard", tanaka.Card.GetProperty("type").GetString());
        Assert.Contains("田中 一郎さん", card, StringComparison.Ordinal);
        Assert.Contains("2026年度 第3四半期 進捗報告のお願い", card, StringComparison.Ordinal);
        Assert.Contains("2026Q3:reminder:tanaka@example.jp:1", card, StringComparison.Ordinal);
        Assert.Equal("29:tanaka", tanaka.Card.GetProperty("refresh").GetProperty("userIds")[0].GetString());
    }

    [Fact]
    public async Task SendDue_RunAgainAndLater_SendsNothingTwice()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        await host.SendAllDueAsync();
        var first = _fanOut.Teams.Delivered.Count;

        await host.SendAllDueAsync();
        _fanOut.Clock.Advance(TimeSpan.FromDays(1));
        var again = await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        await host.SendAllDueAsync();

        Assert.Empty(again!.Enqueued);
        Assert.Equal(first, _fanOut.Teams.Arrived.Count);
    }

    [Fact]
    public async Task SendDue_HostDiesInTheMiddleOfTheFanOut_ANewHostOnTheSameFileDeliversEachCardExactlyOnce()
    {
        var host = await _fanOut.StartHostAsync();
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        var messages = (await host.Outbox.ListAsync("2026Q3:", CancellationToken.None)).Count;
        _fanOut.Teams.HangOnSend(3);
        using var dying = new CancellationTokenSource();

        // Two cards go out, the third hangs in flight; then the process is gone: its token cancelled, the host not stopped.
        var pass = host.Sender.SendDueAsync(dying.Token);
        await _fanOut.Teams.Hanging.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await dying.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass);
        host.Abandon();
        Assert.Equal(2, _fanOut.Teams.Delivered.Count);

        // The claims of the dead pass lapse after the outbox's claim timeout; the new host sends the rest.
        _fanOut.Clock.Advance(TimeSpan.FromMinutes(10));
        await using var restarted = await _fanOut.StartHostAsync();
        await restarted.SendAllDueAsync();

        var delivered = _fanOut.Teams.Delivered;
        Assert.Equal(messages, delivered.Count);
        Assert.All(delivered.GroupBy(s => s.ConversationId), chat => Assert.Single(chat));
        var cycle = await restarted.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None);
        Assert.Empty(cycle!.PendingCards);
        Assert.All(await restarted.Outbox.ListAsync("2026Q3:", CancellationToken.None), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task SendDue_UserBlockedTheBot_ConversationMarkedBlockedAndMessageGivenUpWithoutRetry()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        _fanOut.Teams.Block(ReminderFanOut.ChatOf("tanaka"));

        await host.SendAllDueAsync();
        _fanOut.Clock.Advance(TimeSpan.FromDays(2));
        await host.SendAllDueAsync();

        var chat = await host.Conversations.FindAsync(ReminderFanOut.ChatOf("tanaka"), CancellationToken.None);
        var message = await host.Outbox.FindAsync("2026Q3:reminder:tanaka@example.jp:1", CancellationToken.None);
        Assert.Equal(ConversationState.Blocked, chat!.State);
        Assert.Equal(OutboxState.FailedPermanent, message!.State);
        Assert.Contains("ConversationBlockedByUser", message.LastError, StringComparison.Ordinal);
        Assert.Single(_fanOut.Teams.Arrived, s => s.ConversationId == ReminderFanOut.ChatOf("tanaka"));
        var cycle = await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None);
        Assert.Equal(["tanaka@example.jp"], cycle!.PendingCards.Select(r => r.Owner.Email));
    }

    [Fact]
    public async Task SendDue_Throttled_RetriedOnlyAfterRetryAfterAndDeliveredOnce()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        _fanOut.Teams.ThrottleOnce(ReminderFanOut.ChatOf("tanaka"), retryAfterSeconds: 600);
        var chat = ReminderFanOut.ChatOf("tanaka");

        await host.SendAllDueAsync();
        var waiting = await host.Outbox.FindAsync("2026Q3:reminder:tanaka@example.jp:1", CancellationToken.None);
        _fanOut.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.SendAllDueAsync();
        var arrivedBeforeRetryAfter = _fanOut.Teams.Arrived.Count(s => s.ConversationId == chat);
        _fanOut.Clock.Advance(TimeSpan.FromMinutes(6));
        await host.SendAllDueAsync();

        Assert.Equal(OutboxState.Pending, waiting!.State);
        Assert.True(waiting.NextAttemptAt >= _fanOut.Clock.GetUtcNow() - TimeSpan.FromMinutes(11) + TimeSpan.FromSeconds(600), $"next attempt {waiting.NextAttemptAt:O}");
        Assert.Equal(1, arrivedBeforeRetryAfter);
        Assert.Single(_fanOut.Teams.Delivered, s => s.ConversationId == chat);
        var sent = await host.Outbox.FindAsync("2026Q3:reminder:tanaka@example.jp:1", CancellationToken.None);
        Assert.Equal(OutboxState.Sent, sent!.State);
    }

    [Fact]
    public async Task SendDue_OwnerInNoInstalledTeam_RetriedLaterNotGivenUp()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Conversations.SetTeamStateAsync(ReminderFanOut.TeamChannel, ConversationState.Removed, _fanOut.Clock.GetUtcNow(), CancellationToken.None);
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);

        await host.SendAllDueAsync();

        var ito = (await host.Outbox.ListAsync("2026Q3:reminder:ito@example.jp:", CancellationToken.None)).Single();
        Assert.Equal(OutboxState.Pending, ito.State);
        Assert.Contains("No 1:1 chat with ito@example.jp", ito.LastError, StringComparison.Ordinal);
        Assert.True(ito.NextAttemptAt > _fanOut.Clock.GetUtcNow());
        Assert.Empty(_fanOut.Teams.CreatedFor);
    }

    [Fact]
    public async Task FollowUpAndManagerNotice_NobodyAnswered_NudgeCardsToOwnersAndTheUnansweredByDepartmentToManagers()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        await host.SendAllDueAsync();
        var firstCards = _fanOut.Teams.Delivered.Count;

        var followUps = await host.Dispatcher.EnqueueFollowUpsAsync(ReminderFanOut.Q3, CancellationToken.None);
        await host.SendAllDueAsync();
        var notices = await host.Dispatcher.EnqueueManagerNoticeAsync(ReminderFanOut.Q3, CancellationToken.None);
        await host.SendAllDueAsync();

        var later = _fanOut.Teams.Delivered.Skip(firstCards).ToArray();
        var nudges = later.Where(s => s.Text is not null).ToArray();
        Assert.Equal(followUps!.Enqueued.Count, nudges.Length);
        Assert.All(nudges, s => Assert.StartsWith("2026年度 第3四半期の進捗報告がまだ届いていない項目があります。", s.Text, StringComparison.Ordinal));
        Assert.Contains(followUps.Enqueued, e => e.IdempotencyKey == "2026Q3:follow-up:tanaka@example.jp:1");
        var cycle = await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None);
        Assert.All(cycle!.Recipients, r => Assert.NotNull(r.FollowUpCard));

        Assert.Equal(["2026Q3:manager-notice:suzuki@example.jp", "2026Q3:manager-notice:sato@example.jp"], notices!.Enqueued.Select(e => e.IdempotencyKey).Order(StringComparer.Ordinal).Reverse());
        var toManagers = later.Where(s => s.Text is null).ToArray();
        Assert.Equal(
            new[] { ReminderFanOut.ChatOf("suzuki"), FakeTeams.PersonalChatOf("29:sato") }.Order(StringComparer.Ordinal),
            toManagers.Select(s => s.ConversationId).Order(StringComparer.Ordinal));
        var notice = toManagers[0].CardText;
        Assert.Contains("2026年度 第3四半期 進捗報告の未回答者", notice, StringComparison.Ordinal);
        Assert.Contains("産業振興部(2名)", notice, StringComparison.Ordinal);
        Assert.Contains("地域共創部(2名)", notice, StringComparison.Ordinal);
        Assert.Contains("伊藤 四郎さん: 未回答", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackgroundLoop_MessagesEnqueuedWhileItWaits_SentOnTheNextPollOfTheClock()
    {
        await using var host = await _fanOut.StartHostAsync(new Dictionary<string, string?>
        {
            ["OutboxSender:Enabled"] = "true",
            ["OutboxSender:PollInterval"] = "00:00:30",

            // The connector's per-attempt timeout runs on the same fake clock: jumping it while a send is in flight
            // would time out a send Teams already accepted, and the outbox would rightly send it again.
            ["BotConnector:Resilience:AttemptTimeout"] = "1.00:00:00",
        });
        var dispatch = await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);

        // The loop waits on the fake clock only: nothing moves until the clock does. Time is advanced a poll at a time
        // until the cards arrive (the loop may not have started its wait when the first advance comes).
        IReadOnlyList<OutboxMessage> queued = [];
        for (var poll = 0; poll < 200; poll++)
        {
            queued = await host.Outbox.ListAsync("2026Q3:", CancellationToken.None);
            if (queued.All(m => m.State == OutboxState.Sent))
            {
                break;
            }

            _fanOut.Clock.Advance(TimeSpan.FromSeconds(30));
            await _fanOut.Teams.DeliveredChanged(TimeSpan.FromMilliseconds(200));
        }

        Assert.All(queued, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.Equal(dispatch!.Enqueued.Count, _fanOut.Teams.Delivered.Count);
    }

    [Fact]
    public async Task SendDue_KindNobodySends_GivenUpAndTheRestOfTheBatchSent()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Outbox.EnqueueAsync(new OutboxEntry("carrier-pigeon", "2026Q3:carrier-pigeon:1", null, null, "{}"), CancellationToken.None);
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);

        await host.SendAllDueAsync();

        var pigeon = await host.Outbox.FindAsync("2026Q3:carrier-pigeon:1", CancellationToken.None);
        Assert.Equal(OutboxState.FailedPermanent, pigeon!.State);
        Assert.Equal("No sender handles outbox messages of kind 'carrier-pigeon'.", pigeon.LastError);
        Assert.All((await host.Outbox.ListAsync("2026Q3:reminder:", CancellationToken.None)), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task SendDue_SenderThrows_ThatMessageRetriedLaterAndTheRestOfTheBatchSent()
    {
        await using var host = await _fanOut.StartHostAsync(services: s => s.AddScoped<IOutboxMessageSender, ThrowingSender>());
        await host.Outbox.EnqueueAsync(new OutboxEntry(ThrowingSender.Kind, "2026Q3:throws:1", null, null, "{}"), CancellationToken.None);
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);

        await host.SendAllDueAsync();

        var failed = await host.Outbox.FindAsync("2026Q3:throws:1", CancellationToken.None);
        Assert.Equal(OutboxState.Pending, failed!.State);
        Assert.Equal("InvalidOperationException: The store is on fire.", failed.LastError);
        Assert.True(failed.NextAttemptAt > _fanOut.Clock.GetUtcNow());
        Assert.All((await host.Outbox.ListAsync("2026Q3:reminder:", CancellationToken.None)), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task SendDue_AnsweredAfterTheFollowUpWasDecided_NoNudgeForTheAnsweredAndTheCardShowsTheLatestAnswer()
    {
        await using var host = await _fanOut.StartHostAsync();
        await host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None);
        await host.SendAllDueAsync();
        var firstCards = _fanOut.Teams.Delivered.Count;
        await host.Dispatcher.EnqueueFollowUpsAsync(ReminderFanOut.Q3, CancellationToken.None);
        var cycle = (await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None))!;
        var now = _fanOut.Clock.GetUtcNow();
        await AnswerAsync(host, "ito@example.jp", cycle.RecipientFor("ito@example.jp")!.SubThemeKeys, now);
        await AnswerAsync(host, "tanaka@example.jp", cycle.RecipientFor("tanaka@example.jp")!.SubThemeKeys.Take(1), now);

        await host.SendAllDueAsync();

        var nudges = _fanOut.Teams.Delivered.Skip(firstCards).ToArray();
        Assert.DoesNotContain(nudges, s => s.ConversationId == FakeTeams.PersonalChatOf("29:ito"));
        var ito = (await host.Outbox.ListAsync("2026Q3:follow-up:ito@example.jp:", CancellationToken.None)).Single();
        Assert.Equal((OutboxState.Sent, (string?)null), (ito.State, ito.SentActivityId));
        var tanaka = nudges.Single(s => s.ConversationId == ReminderFanOut.ChatOf("tanaka"));
        Assert.Contains("今期の記録: 順調・50%(田中 一郎さん、", tanaka.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PollIntervalZero_RefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            _fanOut.StartHostAsync(new Dictionary<string, string?> { ["OutboxSender:PollInterval"] = "00:00:00" }));

        Assert.Contains("OutboxSender:PollInterval must be more than zero", error.Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingSender : IOutboxMessageSender
    {
        public const string Kind = "throws";

        public IReadOnlyCollection<string> Kinds { get; } = [Kind];

        public Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The store is on fire.");
    }

    private static async Task AnswerAsync(ProactiveHost host, string email, IEnumerable<string> keys, DateTimeOffset at)
    {
        var reports = keys.Select(k => new ProgressReport(k, ReminderFanOut.Q3, ProgressStatus.OnTrack, 50, null, email, at)).ToArray();
        Assert.True(await host.Cycles.RecordSubmissionAsync(new ProgressSubmission(SubmissionId.New(), ReminderFanOut.Q3, email, at, reports), CancellationToken.None));
    }
}
