namespace PlanBot.Domain.Conversations;

/// <summary>Where PlanBot can talk: a person's 1:1 chat, a group chat, or a team channel.</summary>
public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
