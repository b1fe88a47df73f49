using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// The plan, reports and roster reminder cards are drawn from, indexed once: a sender pass draws a whole batch of cards
/// from one read of the stores, and an answer draws its card from the same kind of read.
/// </summary>
public sealed class ReminderCardSource
{
    private readonly Dictionary<string, (Initiative Initiative, SubTheme SubTheme, int Order)> _subThemes;
    private readonly Dictionary<string, ProgressReport[]> _reports;
    private readonly PersonDirectory _people;

    /// <param name="plan">The stored plan.</param>
    /// <param name="reports">Every stored report; a card shows the latest per sub-theme.</param>
    /// <param name="people">The roster, for reporters' names.</param>
    public ReminderCardSource(ActionPlan plan, IReadOnlyList<ProgressReport> reports, PersonDirectory people)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(people);
        Plan = plan;
        _people = people;
        _subThemes = plan.Initiatives
            .SelectMany(i => i.SubThemes.Select(s => (Initiative: i, SubTheme: s)))
            .Select((x, order) => (x.Initiative, x.SubTheme, Order: order))
            .ToDictionary(x => x.SubTheme.Key, x => x, StringComparer.Ordinal);
        _reports = reports.GroupBy(r => r.SubThemeKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public ActionPlan Plan { get; }

    /// <summary>The keys the plan has, once each, in plan order; keys it no longer has (re-imported since) are left out.</summary>
    public IReadOnlyList<string> InPlanOrder(IEnumerable<string> subThemeKeys) =>
        [.. subThemeKeys.Distinct(StringComparer.Ordinal).Where(_subThemes.ContainsKey).OrderBy(k => _subThemes[k].Order)];

    /// <summary>The roster name of a reporter, or their e-mail when they have left the roster.</summary>
    public string NameOf(string email) => _people.FindByEmail(email)?.Name ?? email;

    /// <summary>
    /// A sub-theme as a card shows it in <paramref name="quarter"/>: what the plan says for it, the last report of an
    /// earlier quarter, and this quarter's answer.
    /// </summary>
    /// <param name="periods">The plan columns of the quarter; null when the plan has none for it.</param>
    internal ReminderCardItem Item(string subThemeKey, FiscalQuarter quarter, ReminderPeriods? periods)
    {
        var (initiative, subTheme, _) = _subThemes[subThemeKey];
        PlanExcerpt[] excerpts = periods is null
            ? []
            : [.. new[] { periods.Actions, periods.Kgi }
                .OfType<PlanPeriod>()
                .Select(p => (Period: p, Items: subTheme.Cell(p)?.Items ?? []))
                .Where(x => x.Items.Count > 0)
                .Select(x => new PlanExcerpt(x.Period, [.. x.Items.Select(i => i.ToString())]))];
        var history = _reports.GetValueOrDefault(subThemeKey) ?? [];
        return new ReminderCardItem(subThemeKey, initiative.Number, initiative.Title, subTheme.Label, excerpts)
        {
            LastReport = Latest(history.Where(r => r.Quarter < quarter)),
            CurrentAnswer = Latest(history.Where(r => r.Quarter == quarter)),
        };
    }

    private ReportedProgress? Latest(IEnumerable<ProgressReport> reports) =>
        reports.OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt).LastOrDefault() is { } last
            ? new ReportedProgress(last.Status, last.PercentComplete, last.Comment, last.Quarter, NameOf(last.ReporterEmail), last.ReportedAt)
            : null;
}
