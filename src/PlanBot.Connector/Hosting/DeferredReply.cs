using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// A message a turn could not deliver within its reply budget, to be delivered later. <see cref="Key"/> names it
/// (the inbound activity and the message's place in the turn), so a turn handled twice keeps it once.
/// </summary>
/// <param name="Key">Stable for the same message of the same inbound activity; at most 64 characters.</param>
/// <param name="Kind">How it is delivered.</param>
/// <param name="ServiceUrl">Where the conversation lives.</param>
/// <param name="ConversationId">The conversation to post into.</param>
/// <param name="ActivityId">For a reply, the activity replied to; for an update, the activity replaced; else null.</param>
/// <param name="Activity">The message, addressed as the turn addressed it.</param>
/// <param name="RetryAfter">How long the service asked to wait (a 429's Retry-After), if it did.</param>
public sealed record DeferredReply(string Key, DeferredReplyKind Kind, Uri ServiceUrl, string ConversationId, string? ActivityId, Activity Activity, TimeSpan? RetryAfter = null);
