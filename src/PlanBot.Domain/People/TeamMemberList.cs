namespace PlanBot.Domain.People;

/// <summary>
/// The members of one team PlanBot is installed in, as Teams listed them; <see cref="Members"/> is null when the list
/// could not be read (Teams refused or failed), so the team is reported as not searched rather than as empty.
/// </summary>
public sealed record TeamMemberList(string Team, IReadOnlyList<MemberIdentity>? Members)
{
    public bool WasRead => Members is not null;
}
