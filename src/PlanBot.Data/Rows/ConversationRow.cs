using PlanBot.Domain.Conversations;

namespace PlanBot.Data.Rows;

/// <summary>A conversation PlanBot can post into (see <see cref="ConversationAddress"/>).</summary>
public sealed class ConversationRow
{
    public required string ConversationId { get; set; }

    public ConversationKind Kind { get; set; }

    public required string ServiceUrl { get; set; }

    /// <summary><see cref="ServiceUrl"/> normalised (lower case, no trailing slash) for the trust lookup.</summary>
    public required string ServiceUrlKey { get; set; }

    public required string ChannelId { get; set; }

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    public string? UserId { get; set; }

    public string? UserAadObjectId { get; set; }

    public string? UserName { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? Name { get; set; }

    public string? Locale { get; set; }

    public string? TimeZone { get; set; }

    public ConversationState State { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
