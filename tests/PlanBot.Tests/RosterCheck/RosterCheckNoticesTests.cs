using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.RosterCheck;
using PlanBot.Tests.Proactive;

namespace PlanBot.Tests.RosterCheck;

/// <summary>
/// The follow-up stage's roster check to admins, on a real SQLite file against a fake Teams on loopback: queued once per
/// quarter and admin when there is something to report, never when all is well, and delivered as the card.
/// </summary>
public sealed class RosterCheckNoticesTests : IAsyncLifetime
{
    private ReminderFanOut _fanOut = null!;

    public async Task InitializeAsync() => _fanOut = await ReminderFanOut.CreateAsync();

    public async Task DisposeAsync() => await _fanOut.DisposeAsync();

    [Fact]
    public async Task Run_FollowUpTwiceWithAGuestOnNoRosterRow_OneRosterCheckPerAdminQueuedOnce()
    {
        await using var host = await _fanOut.StartHostAsync();
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FirstReminder);

        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FollowUp);
        var first = RosterCheckMessages(await host.Outbox.ListAsync("2026Q3:", CancellationToken.None));
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FollowUp);
        var second = RosterCheckMessages(await host.Outbox.ListAsync("2026Q3:", CancellationToken.None));

        var only = Assert.Single(first);
        Assert.Equal("2026Q3:roster-check:sato@example.jp", only.IdempotencyKey);
        Assert.Equal("sato@example.jp", only.TargetEmail);
        Assert.Equal(first.Select(m => m.Id), second.Select(m => m.Id));
    }

    [Fact]
    public async Task Run_FirstReminderAndManagerNotice_QueueNoRosterCheck()
    {
        await using var host = await _fanOut.StartHostAsync();

        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FirstReminder);
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.ManagerNotice);

        Assert.Empty(RosterCheckMessages(await host.Outbox.ListAsync("2026Q3:", CancellationToken.None)));
    }

    [Fact]
    public async Task Run_FollowUpWhenEveryoneIsMatchedEverythingOwnedAndEveryCardDelivered_QueuesNoRosterCheck()
    {
        await using var host = await _fanOut.StartHostAsync();
        await AllWellAsync(host);

        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FollowUp);

        var queued = await host.Outbox.ListAsync("2026Q3:", CancellationToken.None);
        Assert.Contains(queued, m => m.Kind == OutboxKinds.FollowUp);
        Assert.All(queued.Where(m => m.Kind == OutboxKinds.ReminderCard), m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.Empty(RosterCheckMessages(queued));
    }

    [Fact]
    public async Task SendDue_RosterCheckQueued_TheAdminGetsTheCardInTheir1To1ChatNamingTheUndeliveredOwner()
    {
        await using var host = await _fanOut.StartHostAsync();
        _fanOut.Teams.Block(ReminderFanOut.ChatOf("tanaka"));
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FirstReminder);
        await host.SendAllDueAsync();

        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FollowUp);
        await host.SendAllDueAsync();

        var notice = Assert.Single(_fanOut.Teams.Delivered, s => s.ConversationId == FakeTeams.PersonalChatOf("29:sato"));
        var text = RosterCheckBot.Lines(notice);
        Assert.Equal("名簿確認", notice.Activity.GetProperty("summary").GetString());
        Assert.Contains("・部外 者 stranger@example.jp", text, StringComparison.Ordinal);
        Assert.Contains("2026年度 第3四半期のリマインドカードが届いていない方（1名）\n・田中 一郎 （産業振興部）: 送信できませんでした（再送しません）", text, StringComparison.Ordinal);
        Assert.Contains("担当者のいない取組", text, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Sent, (await host.Outbox.FindAsync("2026Q3:roster-check:sato@example.jp", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendDue_OwnerLeftEveryTeam_TheNoticeSaysTeamsCannotFindThemWhileTheirCardIsRetried()
    {
        await using var host = await _fanOut.StartHostAsync();
        _fanOut.Teams.ClearMembers();
        _fanOut.Teams.AddMember("29:sato", "佐藤 次郎", null, "SATO@example.jp");
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FirstReminder);
        await host.SendAllDueAsync();

        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FollowUp);
        await host.SendAllDueAsync();

        var notice = Assert.Single(_fanOut.Teams.Delivered, s => s.ConversationId == FakeTeams.PersonalChatOf("29:sato"));
        Assert.Contains("・伊藤 四郎 （地域共創部）: Teams で見つかりません（再試行中）", RosterCheckBot.Lines(notice), StringComparison.Ordinal);
        Assert.Equal(OutboxState.Pending, (await host.Outbox.FindAsync("2026Q3:reminder:ito@example.jp:1", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendDue_TwoAdminsInOnePass_TheTeamsMembersAreReadOnceForBothCards()
    {
        await using var host = await _fanOut.StartHostAsync();
        var roster = host.Services.GetRequiredService<IRosterStore>();
        var people = (await roster.LoadAsync(CancellationToken.None)).People.People;
        await roster.ReplaceRosterAsync([.. people, new Person("渡辺 五郎", "watanabe@example.jp", null, null, PersonRole.Admin)], CancellationToken.None);
        _fanOut.Teams.AddMember("29:watanabe", "渡辺 五郎", null, "watanabe@example.jp");
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FirstReminder);
        await host.SendAllDueAsync();
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FollowUp);
        var before = _fanOut.Teams.MemberListings;

        await host.SendAllDueAsync();

        Assert.Equal(2, _fanOut.Teams.Delivered.Count(s => s.Activity.GetProperty("summary").GetString() == "名簿確認"));
        Assert.Equal(1, _fanOut.Teams.MemberListings - before);
    }

    [Fact]
    public async Task SendDue_NothingToReportAnyMoreWhenItsTurnComes_NothingIsSentAndTheMessageIsDone()
    {
        await using var host = await _fanOut.StartHostAsync();
        await AllWellAsync(host);
        var payload = new RosterCheckPayload("2026Q3", "sato@example.jp");
        await host.Outbox.EnqueueAsync(new OutboxEntry(OutboxKinds.RosterCheck, payload.IdempotencyKey, payload.Email, null, payload.ToJson()), CancellationToken.None);
        var before = _fanOut.Teams.Arrived.Count;

        await host.SendAllDueAsync();

        var message = await host.Outbox.FindAsync(payload.IdempotencyKey, CancellationToken.None);
        Assert.Equal(OutboxState.Sent, message!.State);
        Assert.Null(message.SentActivityId);
        Assert.Equal(before, _fanOut.Teams.Arrived.Count);
    }

    /// <summary>
    /// Every sub-theme assigned to 田中, every roster person a member of the team and nobody else, and the quarter's
    /// reminder cards all delivered: nothing for admins to act on.
    /// </summary>
    private async Task AllWellAsync(ProactiveHost host)
    {
        var plan = (await host.Services.GetRequiredService<IPlanStore>().LoadPlanAsync(CancellationToken.None))!;
        await host.Services.GetRequiredService<IRosterStore>().ReplaceAssignmentsAsync(
            [.. plan.Initiatives.Select(i => new OwnerAssignment(i.Number, null, "tanaka@example.jp"))], CancellationToken.None);
        _fanOut.Teams.ClearMembers();
        _fanOut.Teams.AddMember("29:tanaka", "田中 一郎", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01", "tanaka@example.jp");
        _fanOut.Teams.AddMember("29:takahashi", "高橋 三郎", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e02", "takahashi@example.jp");
        _fanOut.Teams.AddMember("29:suzuki", "鈴木 花子", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e03", "suzuki@example.jp");
        _fanOut.Teams.AddMember("29:ito", "伊藤 四郎", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e04", "ito@example.jp");
        _fanOut.Teams.AddMember("29:sato", "佐藤 次郎", null, "SATO@example.jp");
        await DispatchingReminderStageRunnerTests.RunAsync(host, ReminderScheduleStage.FirstReminder);
        await host.SendAllDueAsync();
    }

    private static IReadOnlyList<OutboxMessage> RosterCheckMessages(IEnumerable<OutboxMessage> messages) =>
        [.. messages.Where(m => m.Kind == OutboxKinds.RosterCheck)];
}
