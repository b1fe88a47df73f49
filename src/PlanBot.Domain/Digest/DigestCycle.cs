using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Digest;

/// <summary>
/// The current reminder cycle as far as the scope sees it: items asked and answered (an item is answered once any owner
/// answers it), owners asked and those with nothing left to answer, and who has not answered, by department.
/// </summary>
public sealed record DigestCycle(
    FiscalQuarter Quarter,
    ReminderCycleState State,
    int AskedItems,
    int AnsweredItems,
    int AskedOwners,
    int AnsweredOwners,
    CappedList<DigestUnansweredDepartment> Unanswered)
{
    /// <summary>The quarter's answers are closed: the digest reports the cycle's final state.</summary>
    public bool IsClosed => State == ReminderCycleState.Closed;

    /// <summary>Answered items in percent (<see cref="Percent.Of"/>: rounded, 100 only when all); null when nothing was asked.</summary>
    public int? ItemRatePercent => Percent.Of(AnsweredItems, AskedItems);

    /// <summary>Owners with everything answered in percent, rounded as <see cref="ItemRatePercent"/>; null when nobody was asked.</summary>
    public int? OwnerRatePercent => Percent.Of(AnsweredOwners, AskedOwners);
}
