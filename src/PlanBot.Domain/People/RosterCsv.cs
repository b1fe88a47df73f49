using PlanBot.Domain.Plans;

namespace PlanBot.Domain.People;

/// <summary>
/// Reads the roster file (<c>roster import</c>): the header <c>name,email,aadObjectId,department,role</c>, one person a
/// row, UTF-8 with or without BOM as Excel writes it. All or nothing: one bad row and no person is returned.
/// </summary>
public static class RosterCsv
{
    public static IReadOnlyList<string> Header { get; } = ["name", "email", "aadObjectId", "department", "role"];

    /// <summary>A name longer than this is a mistake (a pasted paragraph), not a person; cards show names on one line.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Values quoted back in an error are cut to this, so a runaway cell cannot flood the report.</summary>
    private const int QuotedLength = 40;

    /// <summary>Reads the file's bytes; a file that is not UTF-8 text (Excel's plain "CSV" is Shift_JIS) is one error.</summary>
    public static async Task<CsvImport<Person>> ReadAsync(Stream stream, ActionPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (text, error) = await CsvText.ReadUtf8Async(stream, cancellationToken).ConfigureAwait(false);
        return error is not null ? CsvImport<Person>.Failed(error) : Parse(text!, PlanDepartments(plan));
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
            if (Header.Zip(fields).FirstOrDefault(f => f.Second.Any(char.IsControl)) is { First: { } withBreak })
            {
                errors.Add(new CsvRowError(record.Line, $"The {withBreak} has a line break or another control character; write it on one line."));
                continue;
            }

            if (name.Length == 0)
            {
                reasons.Add("The name is missing.");
            }
            else if (name.Length > MaxNameLength)
            {
                reasons.Add($"The name is {name.Length:N0} characters long; at most {MaxNameLength} are allowed ('{Quoted(name)}').");
            }

            if (email.Length == 0)
            {
                reasons.Add("The email is missing.");
            }
            else if (!EmailAddress.IsValid(email))
            {
                reasons.Add($"'{Quoted(email)}' is not an email address.");
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
                if (!Guid.TryParse(objectId, out _))
                {
                    reasons.Add($"The aadObjectId '{Quoted(objectId)}' is not a GUID (like 00000000-0000-0000-0000-000000000000).");
                }
                else
                {
                    aadObjectId = EntraObjectId.Normalize(objectId)!;
                    if (objectIds.TryGetValue(aadObjectId, out var firstLine))
                    {
                        reasons.Add($"The aadObjectId '{Quoted(objectId)}' is already on line {firstLine}.");
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
                    ? $"The department '{Quoted(department)}' is not in the plan; did you mean {meant}?"
                    : $"The department '{Quoted(department)}' is not in the plan; use one of {string.Join(", ", departments)}, or leave it empty.");
            }

            if (!TryParseRole(roleText, out var role))
            {
                reasons.Add(roleText.Length == 0
                    ? "The role is missing; use admin, manager or member."
                    : $"The role '{Quoted(roleText)}' is unknown; use admin, manager or member.");
            }

            if (reasons.Count > 0)
            {
                errors.AddRange(reasons.Select(reason => new CsvRowError(record.Line, reason)));
                continue;
            }

            people.Add(new Person(name, email, aadObjectId, department.Length > 0 ? department : null, role));
        }

        if (errors.Count == 0 && !people.Any(p => p.Role == PersonRole.Admin))
        {
            // Without one, nobody may run リマインド送信 or 名簿確認, and the follow-up's roster check goes to no one.
            errors.Add(CsvRowError.File("The roster has no admin: nobody could run a reminder or the roster check in Teams. Give at least one person the role admin."));
        }

        return CsvImport<Person>.Of(people, errors);
    }

    private static string Quoted(string value) => DisplayText.Shorten(value, QuotedLength).Text;

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
}
