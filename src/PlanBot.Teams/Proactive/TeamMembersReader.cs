using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Reads who is in the teams PlanBot is installed in: the teams (one active channel conversation each, known from
/// inbound activities) and each team's member list, page by page (the paged members call). One instance serves one
/// scope (a sender pass, a turn, a stage run) and keeps the lists it read, so a pass that opens many 1:1 chats or sends
/// several admins the roster check reads each team once.
/// </summary>
public sealed class TeamMembersReader(IConversationStore conversations, IConnectorClient connector)
{
    private readonly Dictionary<string, IReadOnlyList<TeamsChannelAccount>> _read = new(StringComparer.Ordinal);

    private const int MembersPageSize = 500;

    /// <summary>Guards against a service that keeps returning continuation tokens.</summary>
    private const int MaxMemberPages = 200;

    /// <summary>One active channel conversation per team PlanBot is installed in (a team without a bot id cannot be asked).</summary>
    public async Task<IReadOnlyList<ConversationAddress>> InstalledTeamsAsync(CancellationToken cancellationToken) =>
        (await conversations.ListAsync(ConversationKind.Channel, cancellationToken).ConfigureAwait(false))
            .Where(c => c.State == ConversationState.Active && c.BotId is not null)
            .DistinctBy(c => c.TeamId ?? c.ConversationId, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every member of the team, all pages; the first error ends the read (and the next call tries again).</summary>
    public async Task<ConnectorResult<IReadOnlyList<TeamsChannelAccount>>> ReadAsync(ConversationAddress team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (_read.TryGetValue(team.ConversationId, out var known))
        {
            return ConnectorResult<IReadOnlyList<TeamsChannelAccount>>.Ok(known);
        }

        var members = new List<TeamsChannelAccount>();
        string? continuation = null;
        for (var page = 0; page < MaxMemberPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(new Uri(team.ServiceUrl), team.ConversationId, MembersPageSize, continuation, cancellationToken).ConfigureAwait(false);
            if (result.Error is { } error)
            {
                return ConnectorResult<IReadOnlyList<TeamsChannelAccount>>.Fail(error);
            }

            members.AddRange(result.Value?.Members ?? []);
            continuation = result.Value?.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        _read[team.ConversationId] = members;
        return ConnectorResult<IReadOnlyList<TeamsChannelAccount>>.Ok(members);
    }

    /// <summary>Who a listed member says they are, for <see cref="PersonDirectory.MatchMembers"/>.</summary>
    public static MemberIdentity IdentityOf(TeamsChannelAccount member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var email = member.Email is { Length: > 0 } e ? e : member.UserPrincipalName;
        return new MemberIdentity(member.AadObjectId ?? member.ObjectId, email?.Trim(), member.Name);
    }

    /// <summary>How a team is named to admins: its name when Teams gave one, else its id.</summary>
    public static string NameOf(ConversationAddress team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.TeamName ?? team.Name ?? team.TeamId ?? team.ConversationId;
    }
}
