
namespace PlanBot.Domain.Outbox;

/// <summary>The kinds of outbox message, stored as text.</summary>
public static class OutboxKinds
{
    public const string ReminderCard = "reminder-card";

    public const string FollowUp = "follow-up";

    public const string ManagerNotice = "manager-notice";

    public const string Digest = "digest";

    /// <summary>The roster check (「名簿確認」) sent to each admin when the follow-up stage finds something to act on.</summary>
    public const string RosterCheck = "roster-check";

    /// <summary>A reply a turn could not deliver in time (the conversation's host slow, down or throttling), sent later.</summary>
    public const string Reply = "reply";
}
