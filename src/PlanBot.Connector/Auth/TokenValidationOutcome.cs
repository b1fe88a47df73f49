using System.Security.Claims;

namespace PlanBot.Connector.Auth;

/// <summary>The result of checking a bearer token: an identity and the signing key's endorsements, or why not.</summary>
internal sealed record TokenValidationOutcome(ClaimsIdentity? Identity, IReadOnlyList<string>? Endorsements, string? FailureReason)
{
    public bool Succeeded => Identity is not null;

    public static TokenValidationOutcome Fail(string reason) => new(null, null, reason);
}
