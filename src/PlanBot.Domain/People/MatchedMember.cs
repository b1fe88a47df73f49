namespace PlanBot.Domain.People;

/// <summary>A Teams member and the roster person they were matched to.</summary>
public sealed record MatchedMember(MemberIdentity Member, Person Person);
