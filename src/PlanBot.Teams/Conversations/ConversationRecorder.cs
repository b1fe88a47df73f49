using System.Security.Claims;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;

namespace PlanBot.Teams.Conversations;

/// <summary>
/// Keeps the conversation store current from every accepted inbound activity: any activity refreshes its
/// conversation's address (the store writes only what changed); installs, uninstalls, the bot joining or leaving a team
/// and channel events change its state. The serviceUrl is taken only from an authenticated activity, or in local mode
/// from one naming a loopback service.
/// </summary>
internal sealed class ConversationRecorder(IConversationStore store, TimeProvider clock) : IConversationReferenceSink
{
    private const string ChannelCreated = "channelCreated";
    private const string ChannelDeleted = "channelDeleted";
    private const string ChannelRenamed = "channelRenamed";
    private const string ChannelRestored = "channelRestored";
    private const string TeamDeleted = "teamDeleted";
    private const string TeamRenamed = "teamRenamed";

    public async Task RecordAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = clock.GetUtcNow();
        var channelData = activity.GetTeamsChannelData();
        var teamId = channelData?.Team?.Id;

        if (IsBotLeaving(activity, teamId, channelData?.EventType))
        {
            if (teamId is not null)
            {
                await store.SetTeamStateAsync(teamId, ConversationState.Removed, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await store.SetStateAsync(activity.Conversation!.Id!, ConversationState.Removed, now, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (channelData?.EventType == ChannelDeleted && channelData.Channel?.Id is { } deleted)
        {
            await store.SetStateAsync(deleted, ConversationState.Removed, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        var address = AddressOf(activity, now);
        if (!MayMoveServiceUrl(activity, identity))
        {
            // Only an authenticated activity (or, in local mode, one naming a loopback service) says where the
            // conversation lives: otherwise the stored address stands, and an unknown conversation is not recorded.
            if (await store.FindAsync(address.ConversationId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return;
            }

            address = address with { ServiceUrl = stored.ServiceUrl };
        }

        await store.UpsertAsync(address, cancellationToken).ConfigureAwait(false);

        // A channel created, renamed or restored in a team PlanBot is installed in becomes a place it can post to.
        if (channelData?.EventType is ChannelCreated or ChannelRenamed or ChannelRestored && channelData.Channel?.Id is { } channelId
            && channelId != activity.Conversation!.Id)
        {
            await store.UpsertAsync(
                address with { ConversationId = channelId, Kind = ConversationKind.Channel, Name = channelData.Channel.Name },
                cancellationToken).ConfigureAwait(false);
        }
    }

    internal static ConversationAddress AddressOf(Activity activity, DateTimeOffset now)
    {
        var conversation = activity.Conversation!;
        var channelData = activity.GetTeamsChannelData();
        var kind = KindOf(activity);
        var personal = kind == ConversationKind.Personal;
        var isTeamEvent = channelData?.EventType is TeamRenamed or TeamDeleted;
        return new ConversationAddress
        {
            // A channel message's conversation id carries ";messageid=…" for its thread; the channel is what we keep.
            ConversationId = kind == ConversationKind.Channel ? ChannelConversationId(conversation.Id!, channelData?.Channel?.Id) : conversation.Id!,
            Kind = kind,
            ServiceUrl = activity.ServiceUrl!,
            ChannelId = activity.ChannelId ?? "msteams",
            TenantId = conversation.TenantId ?? channelData?.Tenant?.Id,
            BotId = activity.Recipient?.Id,
            UserId = personal ? activity.From?.Id : null,
            UserAadObjectId = personal ? activity.From?.AadObjectId : null,
            UserName = personal ? activity.From?.Name : null,
            TeamId = channelData?.Team?.Id,
            TeamName = channelData?.Team?.Name,
            Name = isTeamEvent ? null : channelData?.Channel?.Name ?? conversation.Name,
            Locale = activity.Locale ?? activity.Entities?.FirstOrDefault(e => e.Type == Entity.ClientInfoType)?.Locale,
            TimeZone = activity.GetClientTimeZone(),
            State = ConversationState.Active,
            UpdatedAt = now,
        };
    }

    /// <summary>A 1:1 chat, a group chat or a team channel (a team's activity without a conversation type is the team's).</summary>
    internal static ConversationKind KindOf(Activity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ when activity.GetTeamsChannelData()?.Team is not null => ConversationKind.Channel,
        _ => ConversationKind.Personal,
    };

    private static string ChannelConversationId(string conversationId, string? channelId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread >= 0 ? conversationId[..thread] : channelId ?? conversationId;
    }

    private static bool MayMoveServiceUrl(Activity activity, ClaimsIdentity identity) =>
        identity.IsAuthenticated || (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && url.IsLoopback);

    private static bool IsBotLeaving(Activity activity, string? teamId, string? eventType) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is InstallationActions.Remove or InstallationActions.RemoveUpgrade)
        || (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true)
        || (teamId is not null && eventType == TeamDeleted);
}
