using PlanBot.Domain.Plans;

namespace PlanBot.Domain.People;

/// <summary>
/// Who is in charge of each sub-theme. Explicit assignments win: a sub-theme with any assignment (to it or to its
/// whole initiative) is owned by exactly those people. Otherwise its owners are everyone on the roster, any role,
/// whose department is the initiative's 担当部署. What is left is <see cref="Unowned"/>.
/// </summary>
public sealed class Ownership
{
    private readonly Dictionary<string, IReadOnlyList<Person>> _owners;

    private Ownership(
        IReadOnlyList<SubTheme> subThemes,
        Dictionary<string, IReadOnlyList<Person>> owners,
        IReadOnlyList<UnownedSubTheme> unowned,
        IReadOnlyList<OwnerAssignment> stale)
    {
        SubThemes = subThemes;
        _owners = owners;
        Unowned = unowned;
        StaleAssignments = stale;
    }

    /// <summary>The plan's sub-themes, in document order.</summary>
    public IReadOnlyList<SubTheme> SubThemes { get; }

    /// <summary>Sub-themes nobody is in charge of, in plan order.</summary>
    public IReadOnlyList<UnownedSubTheme> Unowned { get; }

    /// <summary>Assignments that name someone no longer on the roster or a part no longer in the plan; they count for nothing.</summary>
    public IReadOnlyList<OwnerAssignment> StaleAssignments { get; }

    public static Ownership Resolve(ActionPlan plan, PersonDirectory roster, IEnumerable<OwnerAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(assignments);
        var subThemes = plan.SubThemes.ToArray();
        var all = assignments.ToArray();
        var live = all.Where(a => roster.FindByEmail(a.Email) is not null && subThemes.Any(a.Covers)).ToArray();
        var owners = new Dictionary<string, IReadOnlyList<Person>>(StringComparer.Ordinal);
        var unowned = new List<UnownedSubTheme>();
        foreach (var initiative in plan.Initiatives)
        {
            foreach (var subTheme in initiative.SubThemes)
            {
                var assigned = live.Where(a => a.Covers(subTheme)).Select(a => roster.FindByEmail(a.Email)!).Distinct().ToArray();
                IReadOnlyList<Person> people = assigned.Length > 0 ? assigned
                    : initiative.Department is { } department ? roster.InDepartment(department)
                    : [];
                owners[subTheme.Key] = people;
                if (people.Count == 0)
                {
                    unowned.Add(new UnownedSubTheme(
                        subTheme.Key,
                        initiative.Number,
                        initiative.Title,
                        subTheme.Label,
                        initiative.Department,
                        initiative.Department is null ? UnownedReason.NoDepartment : UnownedReason.NobodyInDepartment));
                }
            }
        }

        return new Ownership(subThemes, owners, unowned, all.Except(live).ToArray());
    }

    /// <summary>The people in charge of a sub-theme ("5-2"); empty for an unowned or unknown one.</summary>
    public IReadOnlyList<Person> OwnersOf(string subThemeKey) =>
        _owners.TryGetValue(subThemeKey, out var people) ? people : [];

    public bool IsOwner(Person person, string subThemeKey) =>
        OwnersOf(subThemeKey).Any(p => EmailAddress.Comparer.Equals(p.Email, person.Email));

    /// <summary>The sub-themes a person is in charge of, in plan order.</summary>
    public IReadOnlyList<SubTheme> SubThemesOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return SubThemes.Where(s => IsOwner(person, s.Key)).ToArray();
    }

    /// <summary>Everyone in charge of something, each once, in the order of the first sub-theme they own.</summary>
    public IReadOnlyList<Person> Owners =>
        SubThemes.SelectMany(s => OwnersOf(s.Key)).DistinctBy(p => p.Email, EmailAddress.Comparer).ToArray();
}
