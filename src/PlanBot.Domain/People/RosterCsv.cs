using PlanBot.Domain.Plans;

namespace PlanBot.Domain.People;

/// <summary>
/// Reads the roster file (<c>roster import</c>): the header <c>name,email,aadObjectId,department,role</c>, one person a
/// row, UTF-8 with or without BOM as Excel writes it. All or nothing: one bad row and no person is returned.
/// </summary>
public static class RosterCsv
{
    public static IReadOnlyList<string> Header { get; } = ["name", "email", "aadObjectId", "department", "role"];

    /// <summary>Reads the file's bytes; a file that is not UTF-8 (Excel's plain "CSV" is Shift_JIS) is one error.</summary>
    public static async Task<CsvImport<Person>> ReadAsync(Stream stream, ActionPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = await CsvText.ReadUtf8Async(stream, cancellationToken).ConfigureAwait(false);
        return text is null ? CsvImport<Person>.Failed(NotUtf8) : Parse(text, PlanDepartments(plan));
    }

    /// <summary>The 担当部署 names the plan uses, the only departments a roster may name.</summary>
    public static IReadOnlyList<string> PlanDepartments(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Initiatives.Select(i => i.Department).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    }

    public static CsvImport<Person> Parse(string text, IReadOnlyCollection<string> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var (records, error) = CsvTable.Read(text, Header);
        if (error is not null)
        {
            return CsvImport<Person>.Failed(error);
        }

        if (records.Count == 0)
        {
            return CsvImport<Person>.Failed(new CsvRowError(1, "The file has a header but no people."));
        }

        var people = new List<Person>();
        var errors = new List<CsvRowError>();
        var emails = new Dictionary<string, int>(EmailAddress.Comparer);
        var objectIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var reasons = new List<string>();
            var fields = CsvTable.Fields(record, Header.Count);
            if (fields is null)
            {
                errors.Add(new CsvRowError(record.Line, $"Expected {Header.Count} fields ({string.Join(',', Header)}), found {record.Fields.Count}."));
                continue;
            }

            var (name, email, objectId, department, roleText) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
            if (name.Length == 0)
            {
                reasons.Add("The name is missing.");
            }

            if (email.Length == 0)
            {
                reasons.Add("The email is missing.");
            }
            else if (!EmailAddress.IsValid(email))
            {
                reasons.Add($"'{email}' is not an email address.");
            }
            else if (emails.TryGetValue(email, out var firstLine))
            {
                reasons.Add($"The email '{email}' is already on line {firstLine}.");
            }
            else
            {
                emails[email] = record.Line;
            }

            string? aadObjectId = null;
            if (objectId.Length > 0)
            {
                if (!Guid.TryParse(objectId, out var guid))
                {
                    reasons.Add($"The aadObjectId '{objectId}' is not a GUID (like 00000000-0000-0000-0000-000000000000).");
                }
                else
                {
                    aadObjectId = guid.ToString("D");
                    if (objectIds.TryGetValue(aadObjectId, out var firstLine))
                    {
                        reasons.Add($"The aadObjectId '{objectId}' is already on line {firstLine}.");
                    }
                    else
                    {
                        objectIds[aadObjectId] = record.Line;
                    }
                }
            }

            if (department.Length > 0 && !departments.Contains(department, StringComparer.Ordinal))
            {
                reasons.Add(DepartmentNames.Suggest(department, departments) is { } meant
                    ? $"The department '{department}' is not in the plan; did you mean {meant}?"
                    : $"The department '{department}' is not in the plan; use one of {string.Join(", ", departments)}, or leave it empty.");
            }

            if (!TryParseRole(roleText, out var role))
            {
                reasons.Add(roleText.Length == 0
                    ? "The role is missing; use admin, manager or member."
                    : $"The role '{roleText}' is unknown; use admin, manager or member.");
            }

            if (reasons.Count > 0)
            {
                errors.AddRange(reasons.Select(reason => new CsvRowError(record.Line, reason)));
                continue;
            }

            people.Add(new Person(name, email, aadObjectId, department.Length > 0 ? department : null, role));
        }

        return CsvImport<Person>.Of(people, errors);
    }

    /// <summary>admin, manager or member, in any case.</summary>
    public static bool TryParseRole(string? text, out PersonRole role)
    {
        PersonRole? parsed = text?.Trim().ToUpperInvariant() switch
        {
            "ADMIN" => PersonRole.Admin,
            "MANAGER" => PersonRole.Manager,
            "MEMBER" => PersonRole.Member,
            _ => null,
        };
        role = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    internal static CsvRowError NotUtf8 { get; } =
        new(1, "The file is not UTF-8; in Excel save it as 'CSV UTF-8 (Comma delimited)'.");
}
