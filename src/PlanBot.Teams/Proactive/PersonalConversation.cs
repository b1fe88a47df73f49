using PlanBot.Connector.Client;
using PlanBot.Domain.Conversations;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// The 1:1 chat with a person, or why there is none: <see cref="Error"/> when Teams refused (the caller acts on its
/// kind), else <see cref="Reason"/> in English for the log.
/// </summary>
public sealed record PersonalConversation(ConversationAddress? Address, ConnectorError? Error, string? Reason)
{
    public static PersonalConversation Found(ConversationAddress address) => new(address, null, null);

    public static PersonalConversation Failed(ConnectorError error) => new(null, error, null);

    public static PersonalConversation Unreachable(string reason) => new(null, null, reason);
}
