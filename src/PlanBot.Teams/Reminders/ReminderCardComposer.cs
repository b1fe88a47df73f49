using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// Draws a reminder card from what the stores hold now, the one way for every path that shows one: the proactive send
/// and follow-up, a card's refresh, and the answer to a submission. Cards are drawn when they are shown, not when they
/// are queued, so a card delivered late (after a retry or a restart) or refreshed days later shows the latest reports.
/// </summary>
public sealed class ReminderCardComposer(ReminderSchedule schedule, BusinessCalendar calendar)
{
    /// <summary>
    /// The last day answers are asked for: the business day before the follow-up goes out to those who have not answered.
    /// </summary>
    public DateOnly DeadlineOf(FiscalQuarter quarter) =>
        calendar.AddBusinessDays(schedule.DateOf(quarter, ReminderScheduleStage.FollowUp), -1);

    /// <summary>
    /// The card's model: its items as the plan and reports describe them, the last answer recorded from any of its items
    /// (who and when), and closed once the cycle is. Errors, notices and the user's rejected entries are the caller's to add.
    /// </summary>
    /// <param name="source">The plan, reports and roster, read once.</param>
    /// <param name="card">Which card.</param>
    /// <param name="cycle">The quarter's cycle, for what was recorded and whether it is closed; null when there is none.</param>
    public ReminderCardModel Compose(ReminderCardSource source, ReminderCardRequest card, ReminderCycle? cycle)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(card);
        var (periods, _) = ReminderPeriods.For(source.Plan, card.Quarter);
        var keys = source.InPlanOrder(card.SubThemeKeys);
        var answer = cycle?.Answers.Where(a => keys.Contains(a.SubThemeKey, StringComparer.Ordinal)).MaxBy(a => a.AnsweredAt);
        return new ReminderCardModel(
            card.PersonName,
            card.Quarter,
            DeadlineOf(card.Quarter),
            card.Quarter.ToString(),
            card.CardId,
            [.. keys.Select(k => source.Item(k, card.Quarter, periods))])
        {
            Record = answer is null ? null : new ReminderCardRecord(source.NameOf(answer.ReporterEmail), answer.AnsweredAt),
            IsClosed = cycle?.State == ReminderCycleState.Closed,
            RefreshUserId = card.RefreshUserId,
            Part = card.Part,
        };
    }
}
