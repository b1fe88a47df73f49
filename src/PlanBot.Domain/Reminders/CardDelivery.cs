namespace PlanBot.Domain.Reminders;

/// <summary>Where a card was delivered, set by the Teams layer once the send succeeded, so it can be updated in place.</summary>
public sealed record CardDelivery(string ConversationId, string ActivityId, DateTimeOffset SentAt);
