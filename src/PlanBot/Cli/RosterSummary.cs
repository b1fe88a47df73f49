using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Cli;

/// <summary>The English lines the roster verbs print.</summary>
internal static class RosterSummary
{
    private const string NoDepartment = "(no department)";

    /// <summary>The people under each of the plan's 担当部署 in plan order, then those without one; departments nobody belongs to are named.</summary>
    public static IEnumerable<string> PeopleByDepartment(RosterContext context)
    {
        var people = context.Roster.People.People;
        var departments = RosterCsv.PlanDepartments(context.Plan);
        foreach (var department in departments.Append(null))
        {
            var members = people.Where(p => p.Department == department).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            yield return $"{department ?? NoDepartment} ({members.Length}):";
            foreach (var person in members)
            {
                yield return $"  {person.Name} <{person.Email}> {person.Role.ToString().ToLowerInvariant()}";
            }
        }

        var empty = departments.Where(d => !people.Any(p => p.Department == d)).ToArray();
        if (empty.Length > 0)
        {
            yield return $"Departments with nobody on the roster: {string.Join(", ", empty)}";
        }
    }

    public static IEnumerable<string> Unowned(Ownership ownership)
    {
        if (ownership.Unowned.Count == 0)
        {
            yield return "Unowned: none.";
            yield break;
        }

        yield return $"Unowned ({ownership.Unowned.Count} sub-themes):";
        foreach (var u in ownership.Unowned)
        {
            var label = u.SubThemeLabel is null ? "" : $" / {u.SubThemeLabel}";
            var reason = u.Reason == UnownedReason.NoDepartment
                ? "no 担当部署 and nobody assigned"
                : $"nobody on the roster in {u.Department} and nobody assigned";
            yield return $"  {u.SubThemeKey} {u.InitiativeTitle}{label}: {reason}";
        }
    }

    public static IEnumerable<string> Stale(Ownership ownership)
    {
        if (ownership.StaleAssignments.Count == 0)
        {
            yield break;
        }

        yield return $"Assignments that count for nothing (person not on the roster or part not in the plan) ({ownership.StaleAssignments.Count}):";
        foreach (var a in ownership.StaleAssignments)
        {
            yield return $"  initiative {a.InitiativeNumber}{(a.SubThemeIndex is { } i ? $" sub-theme {i}" : "")}: {a.Email}";
        }
    }

    /// <summary>"5-2 [産業振興部] title / label".</summary>
    public static string Describe(ActionPlan plan, SubTheme subTheme)
    {
        var initiative = plan.Initiatives.First(i => i.Number == subTheme.InitiativeNumber);
        var department = initiative.Department is null ? "" : $" [{initiative.Department}]";
        var label = subTheme.Label is null ? "" : $" / {subTheme.Label}";
        return $"{subTheme.Key}{department} {initiative.Title}{label}";
    }

    public static string Names(IReadOnlyList<Person> people) =>
        people.Count == 0 ? "nobody" : string.Join(", ", people.Select(p => p.Name));

    public static async Task WriteAsync(TextWriter output, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
