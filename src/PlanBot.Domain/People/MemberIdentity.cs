namespace PlanBot.Domain.People;

/// <summary>Who a Teams user says they are: Entra object id and email/UPN where the member list gives them, and a display name.</summary>
public sealed record MemberIdentity(string? AadObjectId, string? Email, string? Name);
