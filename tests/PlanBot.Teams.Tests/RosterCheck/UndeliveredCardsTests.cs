using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.RosterCheck;

namespace PlanBot.Teams.Tests.RosterCheck;

public sealed class UndeliveredCardsTests
{
    private static readonly Person Tanaka = new("田中 一郎", "tanaka@example.jp", null, "産業振興部", PersonRole.Member);

    private static readonly Person Ito = new("伊藤 四郎", "ito@example.jp", null, "地域共創部", PersonRole.Member);

    private static readonly Person Suzuki = new("鈴木 花子", "suzuki@example.jp", null, "地域共創部", PersonRole.Member);

    [Theory]
    [InlineData(OutboxState.Pending, null, UndeliveredReason.Waiting)]
    [InlineData(OutboxState.Pending, "No 1:1 chat with ito@example.jp: not found among the members of the 1 team(s) PlanBot is installed in.", UndeliveredReason.Retrying)]
    [InlineData(OutboxState.Pending, "Throttled 429 : Too many requests.", UndeliveredReason.Retrying)]
    [InlineData(OutboxState.FailedPermanent, "ConversationBlockedByUser 403 ConversationBlockedByUser: blocked", UndeliveredReason.GivenUp)]
    [InlineData(OutboxState.FailedPermanent, "No 1:1 chat with ito@example.jp: gone.", UndeliveredReason.GivenUp)]
    public void ReasonOf_StateAndLastError_IsTheReasonTheCardWords(OutboxState state, string? error, UndeliveredReason expected)
    {
        Assert.Equal(expected, UndeliveredCards.ReasonOf(Message(OutboxKinds.ReminderCard, "ito@example.jp", 1, state, error)));
    }

    [Fact]
    public void Of_OwnersWithSentAndUnsentParts_OnePerOwnerWithTheWorstReasonInTheCyclesOrder()
    {
        var cycle = Cycle();
        OutboxMessage[] messages =
        [
            Message(OutboxKinds.ReminderCard, "ito@example.jp", 1, OutboxState.Pending, null),
            Message(OutboxKinds.ReminderCard, "ITO@example.jp", 2, OutboxState.FailedPermanent, "gone"),
            Message(OutboxKinds.ReminderCard, "tanaka@example.jp", 1, OutboxState.Pending, "Transient 503 : down"),
            Message(OutboxKinds.ReminderCard, "suzuki@example.jp", 1, OutboxState.Sent, null),
            Message(OutboxKinds.FollowUp, "suzuki@example.jp", 1, OutboxState.Pending, "Transient 503 : down"),
        ];

        var undelivered = UndeliveredCards.Of(cycle, messages, new PersonDirectory([Tanaka, Ito, Suzuki]));

        Assert.Equal([new UndeliveredCard(Tanaka, UndeliveredReason.Retrying), new UndeliveredCard(Ito, UndeliveredReason.GivenUp)], undelivered);
    }

    private static ReminderCycle Cycle() => ReminderCycle.Restore(
        new FiscalQuarter(2026, 3),
        ReminderCycleState.Open,
        DateTimeOffset.UnixEpoch,
        null,
        null,
        null,
        [new CycleRecipient(Tanaka, ["1-1"]), new CycleRecipient(Ito, ["5-1"]), new CycleRecipient(Suzuki, ["5-2"])],
        []);

    private static OutboxMessage Message(string kind, string email, int part, OutboxState state, string? error) =>
        new(part, kind, $"2026Q3:{kind}:{email}:{part}", email, null, "{}", state, error is null ? 0 : 1, DateTimeOffset.UnixEpoch, error, state == OutboxState.Sent ? "a-1" : null);
}
