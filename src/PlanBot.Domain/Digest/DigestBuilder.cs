using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Digest;

/// <summary>
/// Decides what a digest says. Everything is taken from the input; the same input gives the same digest.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Status counts are for the <em>status quarter</em>: the current cycle's quarter when there is a cycle (early in
/// a quarter people are still answering for the one just ended), else the quarter of today. A sub-theme counts when the
/// plan has something for it in that quarter (the reminder's rule: its action or KGI cell is not empty); its status is
/// its latest report for that quarter, 未回答 without one.</item>
/// <item>Changes compare each sub-theme's latest report (by quarter, then time) as of the previous digest with its latest
/// report now, whatever the quarter: 順調 in 2Q and 遅延 in 3Q is newly 遅延. Who and when are of the report that
/// turned it (the first of the reports since then that all say the new status); the percentage is the latest.
/// Reports after <see cref="DigestInput.Now"/> or for a quarter after today's are ignored.</item>
/// <item>KGIs due are the sub-themes with a non-empty KGI cell for today's fiscal year. One is at risk when its latest
/// report in that fiscal year says 遅延 or 要注意, or — where the year is planned as a whole (not per quarter, whose
/// percentages measure the quarter) and the status is neither 完了 nor 中止 — when its percentage is below the share of
/// the fiscal year elapsed (today included) minus <see cref="DigestLimits.PaceMarginPercent"/>. A KGI with no report
/// this year is not called at risk: its silence shows in the unanswered list.</item>
/// <item>People are named by the roster name of the owner with that email, else by the email.</item>
/// </list>
/// </remarks>
public sealed class DigestBuilder
{
    private readonly BusinessCalendar _calendar;
    private readonly DigestLimits _limits;

    public DigestBuilder(BusinessCalendar calendar)
        : this(calendar, DigestLimits.Default)
    {
    }

    public DigestBuilder(BusinessCalendar calendar, DigestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(limits);
        var errors = limits.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid digest limits: {string.Join(" ", errors)}", nameof(limits));
        }

        _calendar = calendar;
        _limits = limits;
    }

    public WeeklyDigest Build(DigestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Plan);
        ArgumentNullException.ThrowIfNull(input.Ownership);
        ArgumentNullException.ThrowIfNull(input.Reports);
        ArgumentNullException.ThrowIfNull(input.Scope);

        var today = JapanTime.DateOf(input.Now);
        var quarter = FiscalQuarter.Of(today);
        var since = input.PreviousDigestAt ?? input.Now.AddDays(-7);
        var entries = Entries(input);
        var byKey = entries.ToDictionary(e => e.SubTheme.Key, StringComparer.Ordinal);
        var reports = input.Reports
            .Where(r => r.ReportedAt <= input.Now && r.Quarter <= quarter && byKey.ContainsKey(r.SubThemeKey))
            .ToLookup(r => r.SubThemeKey, StringComparer.Ordinal);
        var names = Names(input);

        var statusQuarter = input.Cycle?.Quarter ?? quarter;
        var (overall, byStrategy, notAsked) = Counts(input.Plan, entries, reports, statusQuarter, input.Cycle);
        return new WeeklyDigest(
            today,
            input.Scope,
            new DigestQuarter(quarter, today, _calendar.CountBusinessDays(today, quarter.End), quarter.End.DayNumber - today.DayNumber + 1),
            input.Cycle is { } cycle ? Cycle(input, cycle, byKey) : null,
            statusQuarter,
            overall,
            byStrategy,
            Changes(entries, reports, since, input.PreviousDigestAt is not null, names),
            Kgis(input.Plan, entries, reports, today),
            notAsked);
    }

    private List<Entry> Entries(DigestInput input)
    {
        var entries = new List<Entry>();
        foreach (var strategy in input.Plan.Strategies)
        {
            foreach (var initiative in strategy.Initiatives)
            {
                foreach (var subTheme in initiative.SubThemes)
                {
                    if (input.Scope.Includes(initiative, subTheme, input.Ownership))
                    {
                        entries.Add(new Entry(strategy, initiative, subTheme, Describe(strategy, initiative, subTheme)));
                    }
                }
            }
        }

        return entries;
    }

    private DigestSubTheme Describe(Strategy strategy, Initiative initiative, SubTheme subTheme)
    {
        // A 【広報】 heading alone says little, so the initiative follows it (heading first: it survives the cut);
        // a ①… label is a full title of its own.
        var title = subTheme.Label switch
        {
            null or "" => initiative.Title,
            var label when label.StartsWith('【') => label + initiative.Title,
            var label => label,
        };
        return new DigestSubTheme(
            subTheme.Key,
            strategy.Number,
            initiative.Number,
            DisplayText.Shorten(title, _limits.MaxTitleLength).Text,
            initiative.Department);
    }

    private static Dictionary<string, string> Names(DigestInput input)
    {
        var people = input.Ownership.Owners.Concat(input.Cycle?.Recipients.Select(r => r.Owner) ?? []);
        var names = new Dictionary<string, string>(EmailAddress.Comparer);
        foreach (var person in people)
        {
            names.TryAdd(person.Email, person.Name);
        }

        return names;
    }

    private (StatusCounts Overall, IReadOnlyList<StrategyStatusCounts> ByStrategy, int NotAsked) Counts(
        ActionPlan plan,
        IReadOnlyList<Entry> entries,
        ILookup<string, ProgressReport> reports,
        FiscalQuarter statusQuarter,
        ReminderCycle? cycle)
    {
        var (periods, _) = ReminderPeriods.For(plan, statusQuarter);
        var planned = periods is null ? [] : entries.Where(e => HasPlanFor(e.SubTheme, periods)).ToArray();

        // The cycle's items, when it is this quarter's: the answer rate above and these counts then speak of the same set.
        var asked = cycle?.Quarter == statusQuarter ? cycle.SubThemeKeys.ToHashSet(StringComparer.Ordinal) : null;
        var counted = planned
            .Where(e => asked?.Contains(e.SubTheme.Key) ?? true)
            .Select(e => (e.Strategy, Status: Latest(reports[e.SubTheme.Key].Where(r => r.Quarter == statusQuarter))?.Status))
            .ToArray();
        var byStrategy = counted
            .GroupBy(c => c.Strategy.Number)
            .Select(g => new StrategyStatusCounts(g.Key, ShortTitle(g.First().Strategy), StatusCounts.Of(g.Select(c => c.Status))))
            .ToArray();
        return (StatusCounts.Of(counted.Select(c => c.Status)), byStrategy, planned.Length - counted.Length);
    }

    private static bool HasPlanFor(SubTheme subTheme, ReminderPeriods periods) =>
        subTheme.Cell(periods.Actions)?.Items.Count > 0 || (periods.Kgi is { } kgi && subTheme.Cell(kgi)?.Items.Count > 0);

    private string ShortTitle(Strategy strategy) => strategy.ShortTitle(_limits.MaxTitleLength);

    private DigestCycle Cycle(DigestInput input, ReminderCycle cycle, Dictionary<string, Entry> byKey)
    {
        var scope = input.Scope;
        var asked = cycle.SubThemeKeys.Where(byKey.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var recipients = cycle.Recipients
            .Where(r => scope.MayName(r.Owner))
            .Select(r => (r.Owner, Keys: r.SubThemeKeys.Where(asked.Contains).ToArray()))
            .Where(r => r.Keys.Length > 0)
            .ToArray();
        var unanswered = recipients
            .Select(r => (r.Owner, Keys: r.Keys.Where(k => !cycle.IsAnswered(k)).ToArray()))
            .Where(r => r.Keys.Length > 0)
            .ToArray();
        var departmentOrder = input.Plan.Initiatives
            .Select(i => i.Department)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select((name, index) => (name, index))
            .ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);
        var departments = unanswered
            .GroupBy(u => u.Owner.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key is null ? int.MaxValue : departmentOrder.GetValueOrDefault(g.Key, int.MaxValue - 1))
            .Select(g => new DigestUnansweredDepartment(
                g.Key,
                Capped.Take(g.Select(u => u.Owner.Name), _limits.MaxNamesPerDepartment),
                g.SelectMany(u => u.Keys).Distinct(StringComparer.Ordinal).Count()));
        return new DigestCycle(
            cycle.Quarter,
            cycle.State,
            asked.Count,
            asked.Count(cycle.IsAnswered),
            recipients.Length,
            recipients.Length - unanswered.Length,
            Capped.Take(departments, _limits.MaxListItems));
    }

    private DigestChanges Changes(
        IReadOnlyList<Entry> entries,
        ILookup<string, ProgressReport> reports,
        DateTimeOffset since,
        bool sinceLastDigest,
        Dictionary<string, string> names)
    {
        var changes = new List<DigestStatusChange>();
        foreach (var entry in entries)
        {
            var history = InOrder(reports[entry.SubTheme.Key]).ToArray();
            var before = history.LastOrDefault(r => r.ReportedAt <= since);
            if (history.Length == 0 || history[^1].ReportedAt <= since || history[^1].Status == before?.Status)
            {
                continue;
            }

            // Who turned it and when: the first of the trailing reports since the last digest that say the same.
            var now = history[^1];
            var turn = history.Length - 1;
            while (turn > 0 && history[turn - 1].Status == now.Status && history[turn - 1].ReportedAt > since)
            {
                turn--;
            }

            changes.Add(new DigestStatusChange(
                entry.Name, before?.Status, now.Status, now.PercentComplete, NameOf(history[turn].ReporterEmail, names), history[turn].ReportedAt));
        }

        var comments = entries
            .SelectMany(e => reports[e.SubTheme.Key].Select(r => (Entry: e, Report: r)))
            .Where(x => x.Report.ReportedAt > since && !string.IsNullOrWhiteSpace(x.Report.Comment))
            .OrderBy(x => x.Report.ReportedAt)
            .Select(x =>
            {
                var (text, truncated) = DisplayText.Shorten(x.Report.Comment!, _limits.MaxCommentLength);
                return new DigestComment(x.Entry.Name, NameOf(x.Report.ReporterEmail, names), x.Report.ReportedAt, x.Report.Status, text, truncated);
            });
        var inOrder = changes.OrderBy(c => c.ReportedAt).ToArray();
        return new DigestChanges(
            since,
            sinceLastDigest,
            Capped.Take(inOrder.Where(c => c.Status == ProgressStatus.Delayed), _limits.MaxListItems),
            Capped.Take(inOrder.Where(c => c.Status == ProgressStatus.AtRisk), _limits.MaxListItems),
            Capped.Take(inOrder.Where(c => c.Status == ProgressStatus.Completed), _limits.MaxListItems),
            Capped.Take(comments, _limits.MaxListItems));
    }

    private DigestKgis Kgis(ActionPlan plan, IReadOnlyList<Entry> entries, ILookup<string, ProgressReport> reports, DateOnly today)
    {
        var year = FiscalYear.Of(today);
        var kgiPeriod = PlanPeriod.YearKgi(year.Year);
        var elapsed = Percent.Of(today.DayNumber - year.Start.DayNumber + 1, year.End.DayNumber - year.Start.DayNumber + 1)!.Value;
        var due = entries.Where(e => e.SubTheme.Cell(kgiPeriod)?.Items.Count > 0).ToArray();
        var completed = 0;
        var atRisk = new List<DigestKgiAtRisk>();
        foreach (var entry in due)
        {
            var latest = Latest(reports[entry.SubTheme.Key].Where(r => r.Quarter.FiscalYear == year.Year));
            if (latest is null)
            {
                continue;
            }

            if (latest.Status == ProgressStatus.Completed)
            {
                completed++;
            }

            KgiRiskReason? reason = latest.Status switch
            {
                ProgressStatus.Delayed => KgiRiskReason.Delayed,
                ProgressStatus.AtRisk => KgiRiskReason.AtRisk,
                ProgressStatus.Completed or ProgressStatus.Cancelled => null,
                _ when IsPlannedForTheYear(plan, latest.Quarter) && latest.PercentComplete < elapsed - _limits.PaceMarginPercent => KgiRiskReason.BehindPace,
                _ => null,
            };
            if (reason is { } r)
            {
                var targets = entry.SubTheme.Cell(kgiPeriod)!.Items.Where(i => i.Depth == 0).Select(i => i.Text).ToArray();
                atRisk.Add(new DigestKgiAtRisk(entry.Name, targets, latest.Status, latest.PercentComplete, r));
            }
        }

        return new DigestKgis(year, due.Length, completed, elapsed, Capped.Take(atRisk.OrderBy(k => k.Reason), _limits.MaxListItems));
    }

    private static bool IsPlannedForTheYear(ActionPlan plan, FiscalQuarter quarter) =>
        ReminderPeriods.For(plan, quarter).Periods is { Actions.Quarter: null };

    /// <summary>The current report of a history: the latest quarter's, and within it the latest submitted.</summary>
    private static ProgressReport? Latest(IEnumerable<ProgressReport> reports) => InOrder(reports).LastOrDefault();

    private static IEnumerable<ProgressReport> InOrder(IEnumerable<ProgressReport> reports) =>
        reports.OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt);

    private static string NameOf(string email, Dictionary<string, string> names) =>
        names.TryGetValue(email, out var name) ? name : email;

    private sealed record Entry(Strategy Strategy, Initiative Initiative, SubTheme SubTheme, DigestSubTheme Name);
}
