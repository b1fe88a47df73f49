namespace PlanBot.Domain.Conversations;

/// <summary>Whether PlanBot can still post there; sends to anything but <see cref="Active"/> are skipped.</summary>
public enum ConversationState
{
    Active,

    /// <summary>The app was uninstalled or the bot removed from the conversation.</summary>
    Removed,

    /// <summary>The user blocked the bot (Teams answered ConversationBlockedByUser).</summary>
    Blocked,

    /// <summary>Teams no longer knows the conversation (ConversationNotFound, BotNotInConversationRoster).</summary>
    Unreachable,
}
