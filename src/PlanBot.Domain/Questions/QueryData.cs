using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// What a question is answered from, loaded by the caller: the plan, the progress reports (every submission; the latest
/// per sub-theme and quarter counts), the roster, explicit owners per sub-theme, and the quarter today falls in (JST).
/// A sub-theme with no explicit owners is owned by the members of its initiative's department.
/// It is an immutable value of (plan, reports, roster, owners, quarter): build one per snapshot of the store and share
/// it. What questions look things up by — owners, search text, each sub-theme's reports in order, people by e-mail, the
/// open reporting round — is worked out once, on first use, so a question's cost does not grow with the history.
/// The latest report of each sub-theme and quarter answers everything but 「先週から変わった」: that compares with the
/// report before the day, which may be an earlier submission of the same quarter. Given only the latest per quarter, a
/// sub-theme sent twice in the open round is compared with the quarter before instead.
/// </summary>
public sealed class QueryData
{
    private readonly Lazy<Dictionary<string, string>> searchText;
    private readonly Lazy<Dictionary<string, IReadOnlyList<Person>>> ownerIndex;
    private readonly Lazy<Dictionary<string, ProgressReport[]>> reportIndex;
    private readonly Lazy<Dictionary<string, Person>> peopleIndex;
    private readonly Lazy<FiscalQuarter> openRound;

    public QueryData(
        ActionPlan plan,
        IReadOnlyList<ProgressReport> reports,
        IReadOnlyList<Person> roster,
        FiscalQuarter currentQuarter,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? owners = null)
    {
        Plan = plan ?? throw new ArgumentNullException(nameof(plan));
        Reports = reports ?? throw new ArgumentNullException(nameof(reports));
        Roster = roster ?? throw new ArgumentNullException(nameof(roster));
        CurrentQuarter = currentQuarter;
        Owners = owners ?? new Dictionary<string, IReadOnlyList<string>>();
        searchText = new(BuildSearchText);
        ownerIndex = new(BuildOwnerIndex);
        reportIndex = new(BuildReportIndex);
        peopleIndex = new(() => Roster
            .GroupBy(p => p.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase));
        openRound = new(() => QueryEngine.LatestReportedQuarter(Reports, CurrentQuarter));
    }

    /// <summary>
    /// The quarter whose reporting round is open: the latest one anyone has reported for, up to now (the previous
    /// quarter when nobody has reported yet). 未回答 without a period is checked against it.
    /// </summary>
    public FiscalQuarter OpenRound => openRound.Value;

    /// <summary>Every report on a sub-theme up to the current quarter, oldest first (by quarter, then by when it was sent).</summary>
    public IReadOnlyList<ProgressReport> ReportsOf(string subThemeKey) =>
        reportIndex.Value.TryGetValue(subThemeKey, out var reports) ? reports : [];

    /// <summary>The report that counts for a sub-theme in a quarter: the last one sent for it; null when none.</summary>
    public ProgressReport? LatestIn(string subThemeKey, FiscalQuarter quarter)
    {
        var reports = ReportsOf(subThemeKey);
        for (var i = reports.Count - 1; i >= 0; i--)
        {
            if (reports[i].Quarter == quarter)
            {
                return reports[i];
            }

            if (reports[i].Quarter < quarter)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Someone on the roster by e-mail (reporters, owners), or null.</summary>
    public Person? PersonByEmail(string? email) =>
        email is not null && peopleIndex.Value.TryGetValue(email, out var person) ? person : null;

    private Dictionary<string, ProgressReport[]> BuildReportIndex() =>
        Reports
            .Where(r => r.Quarter <= CurrentQuarter)
            .GroupBy(r => r.SubThemeKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt).ToArray(), StringComparer.Ordinal);

    public ActionPlan Plan { get; }

    public IReadOnlyList<ProgressReport> Reports { get; }

    public IReadOnlyList<Person> Roster { get; }

    public FiscalQuarter CurrentQuarter { get; }

    /// <summary>Sub-theme key ("5-2") → owner e-mail addresses, where owners were assigned explicitly.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Owners { get; }

    /// <summary>The people in charge of a sub-theme: its explicit owners, else everyone on the roster in its department.</summary>
    public IReadOnlyList<Person> OwnersOf(Initiative initiative, SubTheme subTheme)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(subTheme);
        return ownerIndex.Value.TryGetValue(subTheme.Key, out var owners) ? owners : FindOwners(initiative, subTheme);
    }

    /// <summary>Owners of every sub-theme of the plan, resolved once: a roster of a thousand people is scanned once, not per question.</summary>
    private Dictionary<string, IReadOnlyList<Person>> BuildOwnerIndex()
    {
        var index = new Dictionary<string, IReadOnlyList<Person>>(StringComparer.Ordinal);
        foreach (var initiative in Plan.Initiatives)
        {
            foreach (var subTheme in initiative.SubThemes)
            {
                index[subTheme.Key] = FindOwners(initiative, subTheme);
            }
        }

        return index;
    }

    private IReadOnlyList<Person> FindOwners(Initiative initiative, SubTheme subTheme)
    {
        if (Owners.TryGetValue(subTheme.Key, out var emails) && emails.Count > 0)
        {
            return emails
                .Select(e => Roster.FirstOrDefault(p => string.Equals(p.Email, e, StringComparison.OrdinalIgnoreCase))
                    ?? new Person(e, e, null, null, PersonRole.Member))
                .ToList();
        }

        return initiative.Department is { Length: > 0 } department
            ? Roster.Where(p => string.Equals(p.Department, department, StringComparison.Ordinal)).ToList()
            : [];
    }

    /// <summary>Text a topic is searched in, as a matching key, per sub-theme key: initiative title, label, department and every plan item.</summary>
    internal IReadOnlyDictionary<string, string> SearchText => searchText.Value;

    private Dictionary<string, string> BuildSearchText()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var initiative in Plan.Initiatives)
        {
            foreach (var subTheme in initiative.SubThemes)
            {
                var parts = new List<string> { initiative.Title, subTheme.Label ?? string.Empty, initiative.Department ?? string.Empty };
                parts.AddRange(subTheme.Cells.SelectMany(c => c.Items).Select(i => i.Text));
                result[subTheme.Key] = QuestionNormaliser.Fold(QuestionNormaliser.Text(string.Join('\n', parts))).Key;
            }
        }

        return result;
    }
}
