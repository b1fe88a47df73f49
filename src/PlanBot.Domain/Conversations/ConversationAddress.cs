namespace PlanBot.Domain.Conversations;

/// <summary>
/// What PlanBot needs to post into a conversation later without being asked (proactive sends): where the channel
/// service lives (<see cref="ServiceUrl"/>), the conversation, the tenant, and who or what is at the other end.
/// Recorded from every authenticated inbound activity, so it stays current.
/// </summary>
public sealed record ConversationAddress
{
    public required string ConversationId { get; init; }

    public required ConversationKind Kind { get; init; }

    public required string ServiceUrl { get; init; }

    public required string ChannelId { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The bot's own id in this conversation (the "28:…" id), needed as the sender of proactive messages.</summary>
    public string? BotId { get; init; }

    /// <summary>For a personal chat: the user's Teams id ("29:…").</summary>
    public string? UserId { get; init; }

    /// <summary>For a personal chat: the user's Entra object id, which matches them to the roster.</summary>
    public string? UserAadObjectId { get; init; }

    public string? UserName { get; init; }

    /// <summary>For a channel: the team it belongs to.</summary>
    public string? TeamId { get; init; }

    public string? TeamName { get; init; }

    public string? Name { get; init; }

    public string? Locale { get; init; }

    /// <summary>The IANA time zone the client reported (clientInfo), for display only; schedules run on JST.</summary>
    public string? TimeZone { get; init; }

    public ConversationState State { get; init; } = ConversationState.Active;

    public DateTimeOffset UpdatedAt { get; init; }
}
