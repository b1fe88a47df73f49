using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// What a question is answered from, loaded by the caller: the plan, the progress reports (every submission; the latest
/// per sub-theme and quarter counts), the roster, explicit owners per sub-theme, and the quarter today falls in (JST).
/// A sub-theme with no explicit owners is owned by the members of its initiative's department.
/// Build one per snapshot of the store and share it: owners and search text are worked out once, on first use.
/// </summary>
public sealed class QueryData
{
    private readonly Lazy<Dictionary<string, string>> searchText;
    private readonly Lazy<Dictionary<string, IReadOnlyList<Person>>> ownerIndex;

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
    }

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

    /// <summary>Normalised text a topic is searched in, per sub-theme key: initiative title, label, department and every plan item.</summary>
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
                result[subTheme.Key] = QuestionNormaliser.Text(string.Join('\n', parts));
            }
        }

        return result;
    }
}
