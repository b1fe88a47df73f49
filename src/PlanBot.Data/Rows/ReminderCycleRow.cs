using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Rows;

/// <summary>A quarter's reminder cycle (one per quarter), its state and the instants its stages ran, in UTC.</summary>
public sealed class ReminderCycleRow
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public int Quarter { get; set; }

    public ReminderCycleState State { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public DateTime? FollowUpStartedAtUtc { get; set; }

    public DateTime? ManagerNoticeIssuedAtUtc { get; set; }

    public List<CycleRecipientRow> Recipients { get; } = [];
}
