namespace PlanBot.Data.Rows;

/// <summary>An inbound activity already accepted (channel, conversation and activity id), remembered until it expires.</summary>
public sealed class InboundActivityRow
{
    public required string Key { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
