using System.Text.Json;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Finds a person's 1:1 chat with PlanBot, or creates it: the person is looked up in the members of a team PlanBot is
/// installed in (by Entra object id, else email/UPN), and the chat is created on that team's service URL and stored.
/// Member lists come from the scope's <see cref="TeamMembersReader"/>: read once per team and sender pass, not once per person.
/// </summary>
public sealed class PersonalConversations(IConversationStore conversations, IConnectorClient connector, TeamMembersReader teamMembers, TimeProvider clock)
{
    public async Task<PersonalConversation> FindOrCreateAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.AadObjectId is { Length: > 0 } aadObjectId
            && await conversations.FindPersonalAsync(aadObjectId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known.State == ConversationState.Active
                ? PersonalConversation.Found(known)
                : PersonalConversation.Unreachable($"their 1:1 chat {known.ConversationId} is {known.State}");
        }

        var teams = await teamMembers.InstalledTeamsAsync(cancellationToken).ConfigureAwait(false);
        if (teams.Count == 0)
        {
            return PersonalConversation.Unreachable("PlanBot is installed in no team whose members could be searched, and the person never wrote to it");
        }

        foreach (var team in teams)
        {
            var members = await teamMembers.ReadAsync(team, cancellationToken).ConfigureAwait(false);
            if (members.Error is { } error)
            {
                return PersonalConversation.Failed(error);
            }

            if (members.Value!.FirstOrDefault(m => IsPerson(m, person)) is { Id: { } memberId } member)
            {
                return await CreateAsync(team, member, memberId, cancellationToken).ConfigureAwait(false);
            }
        }

        return PersonalConversation.Unreachable($"not found among the members of the {teams.Count} team(s) PlanBot is installed in");
    }

    private async Task<PersonalConversation> CreateAsync(ConversationAddress team, TeamsChannelAccount member, string memberId, CancellationToken cancellationToken)
    {
        var serviceUrl = new Uri(team.ServiceUrl);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = team.BotId },
            Members = [new ChannelAccount { Id = memberId }],
            TenantId = team.TenantId,
            ChannelData = team.TenantId is { } tenant
                ? JsonSerializer.SerializeToElement(new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = tenant } })
                : null,
        };
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken).ConfigureAwait(false);
        if (created.Error is { } error)
        {
            return PersonalConversation.Failed(error);
        }

        if (created.Value?.Id is not { Length: > 0 } conversationId)
        {
            return PersonalConversation.Unreachable("Teams created a 1:1 chat but returned no conversation id");
        }

        var address = new ConversationAddress
        {
            ConversationId = conversationId,
            Kind = ConversationKind.Personal,
            ServiceUrl = created.Value.ServiceUrl is { Length: > 0 } url ? url : team.ServiceUrl,
            ChannelId = team.ChannelId,
            TenantId = team.TenantId,
            BotId = team.BotId,
            UserId = memberId,
            UserAadObjectId = member.AadObjectId ?? member.ObjectId,
            UserName = member.Name,
            State = ConversationState.Active,
            UpdatedAt = clock.GetUtcNow(),
        };
        await conversations.UpsertAsync(address, cancellationToken).ConfigureAwait(false);
        return PersonalConversation.Found(address);
    }

    /// <summary>
    /// By Entra object id when both sides have one; else by email or UPN. As in <see cref="PersonDirectory.Match"/>, an
    /// email match is refused when the object ids are both known and differ.
    /// </summary>
    private static bool IsPerson(TeamsChannelAccount member, Person person)
    {
        var memberObjectId = Guid.TryParse(member.AadObjectId ?? member.ObjectId, out var m) ? m : (Guid?)null;
        var personObjectId = Guid.TryParse(person.AadObjectId, out var p) ? p : (Guid?)null;
        if (memberObjectId is { } a && personObjectId is { } b)
        {
            return a == b;
        }

        return string.Equals(member.Email?.Trim(), person.Email, StringComparison.OrdinalIgnoreCase)
            || string.Equals(member.UserPrincipalName?.Trim(), person.Email, StringComparison.OrdinalIgnoreCase);
    }
}
