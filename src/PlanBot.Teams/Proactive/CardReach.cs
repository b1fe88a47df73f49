using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;

namespace PlanBot.Teams.Proactive;

/// <summary>Why a card cannot reach a person, as far as PlanBot's stored conversations tell.</summary>
public enum UnreachableReason
{
    /// <summary>No 1:1 chat with PlanBot, and PlanBot is in no team whose members it could open one with.</summary>
    NoChatAndNoTeam,

    /// <summary>Their 1:1 chat with PlanBot was removed or blocked.</summary>
    ChatClosed,
}

/// <summary>
/// Who of a send's recipients PlanBot can reach, judged from the conversations it has stored, without calling Teams:
/// the same choice <see cref="PersonalConversations.FindOrCreateAsync"/> makes when it sends. A person with an active 1:1
/// chat can be reached; one without can while PlanBot is in a team (the chat is opened from the team's members, which
/// only the send itself, or 名簿確認, reads). Two reads, however many people.
/// </summary>
public sealed record CardReach(IReadOnlyList<Person> Reachable, IReadOnlyList<(Person Person, UnreachableReason Reason)> Unreachable)
{
    public static async Task<CardReach> OfAsync(IConversationStore conversations, IEnumerable<Person> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(people);
        var chats = (await conversations.ListAsync(ConversationKind.Personal, cancellationToken).ConfigureAwait(false))
            .Where(c => c.UserAadObjectId is { Length: > 0 })
            .GroupBy(c => c.UserAadObjectId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Any(c => c.State == ConversationState.Active), StringComparer.OrdinalIgnoreCase);
        var inATeam = (await conversations.ListAsync(ConversationKind.Channel, cancellationToken).ConfigureAwait(false))
            .Any(c => c.State == ConversationState.Active && c.BotId is not null);

        var reachable = new List<Person>();
        var unreachable = new List<(Person, UnreachableReason)>();
        foreach (var person in people)
        {
            bool? chatActive = person.AadObjectId is { Length: > 0 } id && chats.TryGetValue(id, out var active) ? active : null;
            switch (chatActive)
            {
                case true:
                    reachable.Add(person);
                    break;
                case false:
                    unreachable.Add((person, UnreachableReason.ChatClosed));
                    break;
                default:
                    if (inATeam)
                    {
                        reachable.Add(person);
                    }
                    else
                    {
                        unreachable.Add((person, UnreachableReason.NoChatAndNoTeam));
                    }

                    break;
            }
        }

        return new CardReach(reachable, unreachable);
    }
}
