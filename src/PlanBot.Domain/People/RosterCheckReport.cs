using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;

namespace PlanBot.Domain.People;

/// <summary>
/// What admins need to see to keep reminders reaching everyone (「名簿確認」): who on the roster was found in Teams,
/// which Teams users are on no roster row, which roster people cannot be reached, which sub-themes nobody owns, and
/// whose reminder card of the quarter has not been delivered. Lists keep the first entries and count the rest.
/// </summary>
public sealed record RosterCheckReport
{
    public required int RosterCount { get; init; }

    /// <summary>Roster people found among the members of a team PlanBot is installed in, or who already have a 1:1 chat with it.</summary>
    public required int FoundCount { get; init; }

    /// <summary>Teams whose member lists were read.</summary>
    public required IReadOnlyList<string> TeamsSearched { get; init; }

    /// <summary>Teams whose member lists could not be read: their members are not counted anywhere.</summary>
    public required IReadOnlyList<string> TeamsNotSearched { get; init; }

    /// <summary>Members of the searched teams who match no roster row (by Entra object id or email/UPN).</summary>
    public required CappedList<MemberIdentity> UnknownMembers { get; init; }

    /// <summary>
    /// Roster people neither among the searched teams' members nor in a 1:1 chat with PlanBot: no card can reach them.
    /// Empty when no team could be searched, since then nobody could have been found (see <see cref="NoTeamSearched"/>).
    /// </summary>
    public required CappedList<Person> PeopleNotFound { get; init; }

    /// <summary>Sub-themes nobody is in charge of, in plan order; null when no plan has been imported.</summary>
    public required CappedList<UnownedSubTheme>? Unowned { get; init; }

    /// <summary>The quarter whose reminder cycle was checked for undelivered cards; null when there is no such cycle.</summary>
    public required FiscalQuarter? CycleQuarter { get; init; }

    public required CappedList<UndeliveredCard> Undelivered { get; init; }

    /// <summary>PlanBot is installed in no team, so nobody's membership could be checked.</summary>
    public bool NoTeams => TeamsSearched.Count == 0 && TeamsNotSearched.Count == 0;

    /// <summary>No team's member list could be read (there are none, or every one failed).</summary>
    public bool NoTeamSearched => TeamsSearched.Count == 0;

    /// <summary>Whether there is anything an admin should act on.</summary>
    public bool HasFindings =>
        NoTeamSearched || TeamsNotSearched.Count > 0 || !UnknownMembers.IsEmpty || !PeopleNotFound.IsEmpty
        || Unowned is { IsEmpty: false } || !Undelivered.IsEmpty;

    /// <summary>Matches the members of every team (each member once, however many teams they are in) to the roster.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="teams">Every team PlanBot is installed in, read or not.</param>
    /// <param name="hasPersonalChat">Whether PlanBot already has a 1:1 chat with the person, which reaches them without a team.</param>
    /// <param name="ownership">Who owns each sub-theme; null when no plan has been imported.</param>
    /// <param name="cycleQuarter">The quarter of the checked reminder cycle, or null.</param>
    /// <param name="undelivered">
    /// The owners of that cycle whose card has not been delivered, as the outbox knows it; one still being tried reads as
    /// <see cref="UndeliveredReason.NotFoundInTeams"/> when this check finds them in no team and no 1:1 chat.
    /// </param>
    /// <param name="limits">How many entries each list keeps.</param>
    public static RosterCheckReport Build(
        PersonDirectory roster,
        IReadOnlyList<TeamMemberList> teams,
        Func<Person, bool> hasPersonalChat,
        Ownership? ownership,
        FiscalQuarter? cycleQuarter,
        IReadOnlyList<UndeliveredCard> undelivered,
        RosterCheckLimits limits)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(hasPersonalChat);
        ArgumentNullException.ThrowIfNull(undelivered);
        ArgumentNullException.ThrowIfNull(limits);
        var read = teams.Where(t => t.WasRead).ToArray();
        var members = read.SelectMany(t => t.Members!).DistinctBy(MemberKey, StringComparer.OrdinalIgnoreCase).ToArray();
        var report = roster.MatchMembers(members);
        var notFound = read.Length == 0 ? [] : report.PeopleNotFound.Where(p => !hasPersonalChat(p)).ToArray();
        var unreachable = notFound.Select(p => p.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var max = limits.MaxListItems;
        return new RosterCheckReport
        {
            RosterCount = roster.People.Count,
            FoundCount = read.Length == 0
                ? roster.People.Count(hasPersonalChat)
                : roster.People.Count - notFound.Length,
            TeamsSearched = [.. read.Select(t => t.Team)],
            TeamsNotSearched = [.. teams.Where(t => !t.WasRead).Select(t => t.Team)],
            UnknownMembers = Capped.Take(report.UnknownMembers, max),
            PeopleNotFound = Capped.Take(notFound, max),
            Unowned = ownership is null ? null : Capped.Take(ownership.Unowned, max),
            CycleQuarter = cycleQuarter,
            Undelivered = Capped.Take(
                [.. undelivered.Select(u => u.Reason != UndeliveredReason.GivenUp && unreachable.Contains(u.Owner.Email) ? u with { Reason = UndeliveredReason.NotFoundInTeams } : u)],
                max),
        };
    }

    /// <summary>The same user listed by two teams has the same object id (or, without one, the same email or name).</summary>
    private static string MemberKey(MemberIdentity member) =>
        Guid.TryParse(member.AadObjectId, out var id) ? id.ToString("D")
        : member.Email is { Length: > 0 } email ? email.Trim()
        : member.Name ?? "";
}
