using System.Globalization;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.People;

/// <summary>
/// Reads the assignment file (<c>roster assign</c>): the header <c>initiative,subtheme,email</c>; an empty subtheme
/// means the whole initiative. All or nothing, like the roster. A file with a header and no rows clears every
/// assignment, so ownership falls back to departments.
/// </summary>
public static class AssignmentCsv
{
    public static IReadOnlyList<string> Header { get; } = ["initiative", "subtheme", "email"];

    public static async Task<CsvImport<OwnerAssignment>> ReadAsync(Stream stream, ActionPlan plan, PersonDirectory roster, CancellationToken cancellationToken)
    {
        var (text, error) = await CsvText.ReadUtf8Async(stream, cancellationToken).ConfigureAwait(false);
        return error is not null ? CsvImport<OwnerAssignment>.Failed(error) : Parse(text!, plan, roster);
    }

    public static CsvImport<OwnerAssignment> Parse(string text, ActionPlan plan, PersonDirectory roster)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roster);
        var (records, error) = CsvTable.Read(text, Header);
        if (error is not null)
        {
            return CsvImport<OwnerAssignment>.Failed(error);
        }

        var initiatives = plan.Initiatives.ToDictionary(i => i.Number);
        var assignments = new List<OwnerAssignment>();
        var errors = new List<CsvRowError>();
        var seen = new Dictionary<OwnerAssignment, int>();
        foreach (var record in records)
        {
            var fields = CsvTable.Fields(record, Header.Count);
            if (fields is null)
            {
                errors.Add(new CsvRowError(record.Line, $"Expected {Header.Count} fields ({string.Join(',', Header)}), found {record.Fields.Count}."));
                continue;
            }

            var (initiativeText, subThemeText, email) = (fields[0], fields[1], fields[2]);
            var reasons = new List<string>();
            Initiative? initiative = null;
            var number = TextMatching.Fold(initiativeText);
            if (number.Length == 0)
            {
                reasons.Add("The initiative number is missing.");
            }
            else if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || !initiatives.TryGetValue(n, out initiative))
            {
                reasons.Add(initiatives.Count == 0
                    ? $"The plan has no initiatives; import the plan first."
                    : $"The plan has no initiative '{initiativeText}' (it has {initiatives.Keys.Min()}–{initiatives.Keys.Max()}).");
            }

            SubTheme? subTheme = null;
            if (initiative is not null && subThemeText.Length > 0)
            {
                (subTheme, var subThemeError) = SubThemeLookup.Find(initiative, subThemeText);
                if (subThemeError is not null)
                {
                    reasons.Add(subThemeError);
                }
            }

            var person = email.Length == 0 ? null : roster.FindByEmail(email);
            if (email.Length == 0)
            {
                reasons.Add("The email is missing.");
            }
            else if (person is null)
            {
                reasons.Add($"'{email}' is not on the roster; import the roster first or correct the email.");
            }

            if (reasons.Count > 0 || initiative is null || person is null)
            {
                errors.AddRange(reasons.Select(reason => new CsvRowError(record.Line, reason)));
                continue;
            }

            var assignment = new OwnerAssignment(initiative.Number, subTheme?.Index, person.Email);
            var key = assignment with { Email = person.Email.ToUpperInvariant() };
            if (seen.TryGetValue(key, out var firstLine))
            {
                errors.Add(new CsvRowError(record.Line, $"The same assignment is already on line {firstLine}."));
                continue;
            }

            seen[key] = record.Line;
            assignments.Add(assignment);
        }

        return CsvImport<OwnerAssignment>.Of(assignments, errors);
    }
}
