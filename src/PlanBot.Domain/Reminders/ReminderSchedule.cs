using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// When each stage of a quarter's reminder cycle is due, in Japan.
/// </summary>
/// <remarks>
/// How the business days are counted (N, M, K from <see cref="ReminderScheduleSettings"/>):
/// <list type="bullet">
/// <item>First reminder, "N business days before the quarter end": the N-th business day counted back from the quarter
/// end, where the quarter's last business day is day 1. So owners have N business days, the reminder's day included,
/// to answer before the quarter closes, whether or not the quarter's last calendar day is itself a business day.
/// 2026Q3 (ends Thursday 2026-12-31, in the year-end break) with N = 5: 12/28, 12/25, 12/24, 12/23, 12/22 → 12/22.</item>
/// <item>Follow-up and manager notice, "M business days after the quarter end": the M-th business day after the
/// quarter's last calendar day, where the next quarter's first business day is day 1.
/// 2026Q3 with M = 3: 2027-01-04, 01-05, 01-06 → 01-06.</item>
/// </list>
/// Every stage is due at <see cref="ReminderScheduleSettings.TimeOfDay"/> JST on its day.
/// </remarks>
public sealed class ReminderSchedule
{
    private static readonly ReminderScheduleStage[] Stages = Enum.GetValues<ReminderScheduleStage>();

    private readonly BusinessCalendar _calendar;

    public ReminderSchedule(BusinessCalendar calendar, ReminderScheduleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid reminder schedule settings: {string.Join(" ", errors)}", nameof(settings));
        }

        _calendar = calendar;
        Settings = settings;
    }

    public ReminderScheduleSettings Settings { get; }

    /// <summary>The day in Japan on which a stage of a quarter's cycle is due.</summary>
    public DateOnly DateOf(FiscalQuarter quarter, ReminderScheduleStage stage) => stage switch
    {
        ReminderScheduleStage.FirstReminder =>
            _calendar.NthBusinessDayBefore(quarter.End.AddDays(1), Settings.FirstReminderBusinessDaysBeforeEnd),
        ReminderScheduleStage.FollowUp =>
            _calendar.NthBusinessDayAfter(quarter.End, Settings.FollowUpBusinessDaysAfterEnd),
        ReminderScheduleStage.ManagerNotice =>
            _calendar.NthBusinessDayAfter(quarter.End, Settings.ManagerNoticeBusinessDaysAfterEnd),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown reminder stage."),
    };

    /// <summary>The instant (offset +09:00) at which a stage of a quarter's cycle is due.</summary>
    public DateTimeOffset InstantOf(FiscalQuarter quarter, ReminderScheduleStage stage) =>
        JapanTime.At(DateOf(quarter, stage), Settings.TimeOfDay);

    /// <summary>The quarter's three stages, in order.</summary>
    public IReadOnlyList<ReminderScheduleEntry> For(FiscalQuarter quarter) =>
        Stages.Select(stage => new ReminderScheduleEntry(quarter, stage, InstantOf(quarter, stage))).ToArray();

    /// <summary>The first stage of any quarter due strictly after an instant.</summary>
    public ReminderScheduleEntry NextAfter(DateTimeOffset instant)
    {
        // With at most MaxBusinessDays on either side of a quarter end, the next stage belongs to the quarter of the
        // instant or to one beside it; two on each side leaves margin.
        var around = FiscalQuarter.Of(instant).Previous.Previous;
        return Enumerable.Range(0, 5)
            .Select(offset => Shift(around, offset))
            .SelectMany(For)
            .Where(entry => entry.At > instant)
            .MinBy(entry => entry.At)!;
    }

    /// <summary>
    /// The quarter whose cycle a stage that fired at <paramref name="scheduledAt"/> belongs to: the latest quarter
    /// whose instant for that stage is at or before it. Pass the trigger's scheduled fire time; a fire delayed by
    /// downtime still maps to the quarter it was scheduled for as long as that quarter's next instant has not passed.
    /// </summary>
    public FiscalQuarter QuarterOf(ReminderScheduleStage stage, DateTimeOffset scheduledAt)
    {
        for (var quarter = FiscalQuarter.Of(scheduledAt).Next; ; quarter = quarter.Previous)
        {
            if (InstantOf(quarter, stage) <= scheduledAt)
            {
                return quarter;
            }
        }
    }

    private static FiscalQuarter Shift(FiscalQuarter quarter, int count)
    {
        for (var i = 0; i < count; i++)
        {
            quarter = quarter.Next;
        }

        return quarter;
    }
}
