namespace PlanBot.Domain.People;

/// <summary>Finds the plan's 担当部署 a mistyped department name most likely means.</summary>
internal static class DepartmentNames
{
    /// <summary>
    /// The department meant by a near miss: the same name once widths, spaces and case are folded; a name that one
    /// contains the other of ("産業振興" for 産業振興部); or one or two characters off. Null when nothing is close.
    /// </summary>
    public static string? Suggest(string given, IEnumerable<string> known)
    {
        var folded = TextMatching.Fold(given);
        if (folded.Length == 0)
        {
            return null;
        }

        var candidates = known.Select(name => (Name: name, Folded: TextMatching.Fold(name))).ToArray();
        var same = candidates.FirstOrDefault(c => c.Folded == folded).Name;
        if (same is not null)
        {
            return same;
        }

        var containing = candidates
            .Where(c => folded.Length >= 2 && (c.Folded.Contains(folded, StringComparison.Ordinal) || folded.Contains(c.Folded, StringComparison.Ordinal)))
            .ToArray();
        if (containing.Length == 1)
        {
            return containing[0].Name;
        }

        var allowed = folded.Length >= 4 ? 2 : 1;
        var closest = candidates
            .Select(c => (c.Name, Distance: TextMatching.Distance(folded, c.Folded)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ToArray();
        return closest.Length > 0 && (closest.Length == 1 || closest[0].Distance < closest[1].Distance) ? closest[0].Name : null;
    }
}
