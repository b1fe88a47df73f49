namespace PlanBot.Domain.People;

/// <summary>
/// How a team's members line up with the roster: the matches, the members who are on no roster row, and the roster
/// people no member matched (they cannot be sent a card until they are found).
/// </summary>
public sealed record MemberMatchReport(
    IReadOnlyList<MatchedMember> Matched,
    IReadOnlyList<MemberIdentity> UnknownMembers,
    IReadOnlyList<Person> PeopleNotFound);
