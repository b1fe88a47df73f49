using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Teams.Conversations;

namespace PlanBot.Teams.Chat;

/// <summary>Where a chat command may be written: Teams' three bot scopes, named as the app manifest names them.</summary>
[Flags]
public enum ChatScopes
{
    None = 0,

    /// <summary>The 1:1 chat with PlanBot (manifest scope <c>personal</c>).</summary>
    Personal = 1,

    /// <summary>A team channel, with @PlanBot (manifest scope <c>team</c>).</summary>
    Team = 2,

    /// <summary>A group chat, with @PlanBot (manifest scope <c>groupChat</c>).</summary>
    GroupChat = 4,

    All = Personal | Team | GroupChat,
}

/// <summary>The scope an activity was written in, and the manifest's name of each scope.</summary>
public static class ChatScopesExtensions
{
    /// <summary>The manifest's names of the scopes, in the manifest's order.</summary>
    public static IReadOnlyList<(ChatScopes Scope, string ManifestName)> ManifestNames { get; } =
        [(ChatScopes.Personal, "personal"), (ChatScopes.Team, "team"), (ChatScopes.GroupChat, "groupChat")];

    /// <summary>The scope of the conversation the activity came from, read the way the conversation recorder reads it.</summary>
    public static ChatScopes ScopeOf(Activity activity) => ConversationRecorder.KindOf(activity) switch
    {
        ConversationKind.Channel => ChatScopes.Team,
        ConversationKind.GroupChat => ChatScopes.GroupChat,
        _ => ChatScopes.Personal,
    };
}
