namespace PlanBot.Domain.People;

/// <summary>
/// The roster as a lookup: who a Teams user is, who belongs to a department, who hears as a manager.
/// Emails (UPNs) are compared without regard to case; Entra object ids as GUIDs.
/// </summary>
public sealed class PersonDirectory
{
    private readonly Dictionary<string, Person> _byEmail = new(EmailAddress.Comparer);
    private readonly Dictionary<Guid, Person> _byObjectId = [];

    /// <exception cref="ArgumentException">Two people share an email or an object id (a roster read by <see cref="RosterCsv"/> never does).</exception>
    public PersonDirectory(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        People = people.ToArray();
        foreach (var person in People)
        {
            if (!_byEmail.TryAdd(person.Email, person))
            {
                throw new ArgumentException($"The email '{person.Email}' is on the roster twice.", nameof(people));
            }

            if (ObjectId(person.AadObjectId) is { } id && !_byObjectId.TryAdd(id, person))
            {
                throw new ArgumentException($"The aadObjectId '{person.AadObjectId}' is on the roster twice.", nameof(people));
            }
        }
    }

    public IReadOnlyList<Person> People { get; }

    /// <summary>Managers and admins: those who hear who has not answered.</summary>
    public IReadOnlyList<Person> Managers => People.Where(p => p.Role >= PersonRole.Manager).ToArray();

    public IReadOnlyList<Person> Admins => People.Where(p => p.Role == PersonRole.Admin).ToArray();

    public Person? FindByEmail(string? email) =>
        email is not null && _byEmail.TryGetValue(email.Trim(), out var person) ? person : null;

    public Person? FindByAadObjectId(string? aadObjectId) =>
        ObjectId(aadObjectId) is { } id && _byObjectId.TryGetValue(id, out var person) ? person : null;

    /// <summary>
    /// The person a Teams user is: by Entra object id (<c>from.aadObjectId</c>), else by email/UPN. An email match is
    /// refused when the roster records a different object id for that person, so a reassigned UPN does not inherit
    /// someone else's items.
    /// </summary>
    public Person? Match(string? aadObjectId, string? email)
    {
        if (FindByAadObjectId(aadObjectId) is { } byId)
        {
            return byId;
        }

        var byEmail = FindByEmail(email);
        return byEmail is not null && ObjectId(byEmail.AadObjectId) is { } recorded && ObjectId(aadObjectId) is { } given && recorded != given
            ? null
            : byEmail;
    }

    /// <summary>Everyone whose 担当部署 is the given one, any role.</summary>
    public IReadOnlyList<Person> InDepartment(string department) =>
        People.Where(p => string.Equals(p.Department, department, StringComparison.Ordinal)).ToArray();

    /// <summary>Matches a team's member list to the roster, for admins to see who is missing on either side.</summary>
    public MemberMatchReport MatchMembers(IEnumerable<MemberIdentity> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var matched = new List<MatchedMember>();
        var unknown = new List<MemberIdentity>();
        foreach (var member in members)
        {
            if (Match(member.AadObjectId, member.Email) is { } person)
            {
                matched.Add(new MatchedMember(member, person));
            }
            else
            {
                unknown.Add(member);
            }
        }

        var found = matched.Select(m => m.Person).ToHashSet();
        return new MemberMatchReport(matched, unknown, People.Where(p => !found.Contains(p)).ToArray());
    }

    private static Guid? ObjectId(string? text) => Guid.TryParse(text, out var id) ? id : null;
}
