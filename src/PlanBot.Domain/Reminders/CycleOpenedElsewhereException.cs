using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// The quarter's cycle was opened elsewhere meanwhile (a scheduled firing and a manual run raced): the one stored
/// first stands, and the caller loads it and carries on with that one. Its own type, so that no other failure of the
/// store is taken for this one.
/// </summary>
public sealed class CycleOpenedElsewhereException(FiscalQuarter quarter, Exception? innerException = null)
    : InvalidOperationException($"The {quarter} cycle was opened elsewhere meanwhile; load it again.", innerException)
{
    public FiscalQuarter Quarter { get; } = quarter;
}
