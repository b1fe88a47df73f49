using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards.Reminders;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Draws an owner's reminder card part from what the stores hold now: the plan's excerpt for the quarter, the last
/// earlier report and this quarter's answer per sub-theme. Cards are drawn at send time, not at enqueue time, so a card
/// delivered late (after a retry or a restart) still shows the latest reports.
/// </summary>
public sealed class ReminderCardComposer(ReminderSchedule schedule, BusinessCalendar calendar)
{
    /// <summary>
    /// The last day answers are asked for: the business day before the follow-up goes out to those who have not answered.
    /// </summary>
    public DateOnly DeadlineOf(FiscalQuarter quarter) =>
        calendar.AddBusinessDays(schedule.DateOf(quarter, ReminderScheduleStage.FollowUp), -1);

    /// <summary>"2026Q3:reminder:alice@example.com:1": which card a submission comes from (the payload's outbox key).</summary>
    public static string CardIdOf(string kind, ReminderCardPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.KeyFor(kind);
    }

    /// <param name="kind"><see cref="OutboxKinds.ReminderCard"/> or <see cref="OutboxKinds.FollowUp"/>.</param>
    /// <param name="payload">Which owner and card part.</param>
    /// <param name="plan">The stored plan.</param>
    /// <param name="owner">The owner, as the roster names them now.</param>
    /// <param name="reports">Every stored report (the latest per sub-theme is shown).</param>
    /// <param name="people">The roster, for the names of reporters.</param>
    /// <param name="refreshUserId">The owner's Teams id, so Teams refreshes the card for them; null when unknown.</param>
    public ReminderCardModel Compose(
        string kind,
        ReminderCardPayload payload,
        ActionPlan plan,
        Person owner,
        IReadOnlyList<ProgressReport> reports,
        PersonDirectory people,
        string? refreshUserId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(people);
        if (!FiscalQuarter.TryParse(payload.Quarter, out var quarter))
        {
            throw new ArgumentException($"'{payload.Quarter}' is not a fiscal quarter.", nameof(payload));
        }

        var (periods, _) = ReminderPeriods.For(plan, quarter);
        var subThemes = plan.Initiatives
            .SelectMany(i => i.SubThemes.Select(s => (Initiative: i, SubTheme: s)))
            .ToDictionary(x => x.SubTheme.Key, StringComparer.Ordinal);
        var byKey = reports.GroupBy(r => r.SubThemeKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        // A key the plan no longer has (re-imported since the cycle opened) cannot be drawn; the others still can.
        var items = payload.SubThemeKeys.Where(subThemes.ContainsKey).Select(key =>
        {
            var (initiative, subTheme) = subThemes[key];
            var excerpts = periods is null
                ? []
                : new[] { periods.Actions, periods.Kgi }
                    .OfType<PlanPeriod>()
                    .Select(p => new PlanExcerpt(p, subTheme.Cell(p)?.Items.Select(i => i.ToString()).ToArray() ?? []))
                    .ToArray();
            var history = byKey.GetValueOrDefault(key) ?? [];
            return new ReminderCardItem(key, initiative.Number, initiative.Title, subTheme.Label, excerpts)
            {
                LastReport = Shown(history.Where(r => r.Quarter < quarter), people),
                CurrentAnswer = Shown(history.Where(r => r.Quarter == quarter), people),
            };
        }).ToArray();

        return new ReminderCardModel(owner.Name, quarter, DeadlineOf(quarter), payload.Quarter, CardIdOf(kind, payload), items)
        {
            RefreshUserId = refreshUserId,
            Part = new ReminderCardPart(payload.Part, payload.PartCount),
        };
    }

    private static ReportedProgress? Shown(IEnumerable<ProgressReport> reports, PersonDirectory people) =>
        reports.OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt).LastOrDefault() is { } last
            ? new ReportedProgress(last.Status, last.PercentComplete, last.Comment, last.Quarter, people.FindByEmail(last.ReporterEmail)?.Name ?? last.ReporterEmail, last.ReportedAt)
            : null;
}
