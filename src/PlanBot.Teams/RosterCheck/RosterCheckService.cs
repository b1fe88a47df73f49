using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// Runs the roster check: reads the members of every team PlanBot is installed in, matches them to the roster, resolves
/// who owns what, and reads which reminder cards of the quarter have not gone out. A team whose member list cannot be
/// read is reported as not searched. Everything is read now, so the result is current.
/// </summary>
public sealed class RosterCheckService(
    IRosterStore roster,
    IPlanStore plans,
    IReminderCycleStore cycles,
    IOutbox outbox,
    IConversationStore conversations,
    TeamMembersReader teamMembers,
    TimeProvider clock,
    ILogger<RosterCheckService> logger)
{
    /// <summary>The check against the quarter's reminder cycle.</summary>
    /// <param name="quarter">
    /// The cycle to read for undelivered cards; null for the one running now: the current quarter's, or when it has
    /// none yet, the previous quarter's while it is still open (its follow-up runs after the quarter ends).
    /// </param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public async Task<RosterCheckReport> CheckAsync(FiscalQuarter? quarter, CancellationToken cancellationToken)
    {
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var people = stored.People;
        var teams = await ReadTeamsAsync(cancellationToken).ConfigureAwait(false);
        var chats = await PersonalChatsAsync(cancellationToken).ConfigureAwait(false);
        var plan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        var ownership = plan is null ? null : Ownership.Resolve(plan, people, stored.Assignments);
        var cycle = await CycleAsync(quarter, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<UndeliveredCard> undelivered = [];
        if (cycle is not null)
        {
            var messages = await outbox.ListAsync(UndeliveredCards.KeyPrefix(cycle.Quarter.ToString()), cancellationToken).ConfigureAwait(false);
            undelivered = UndeliveredCards.Of(cycle, messages, people);
            foreach (var message in messages.Where(m => m.Kind == OutboxKinds.ReminderCard && m.State != OutboxState.Sent))
            {
                RosterCheckLog.Undelivered(logger, message.IdempotencyKey, message.State, message.Attempts, message.LastError);
            }
        }

        var check = RosterCheckReport.Build(
            people,
            teams,
            p => Guid.TryParse(p.AadObjectId, out var id) && chats.Contains(id),
            ownership,
            cycle?.Quarter,
            undelivered,
            RosterCheckLimits.Default);
        RosterCheckLog.Checked(
            logger,
            check.RosterCount,
            check.FoundCount,
            check.TeamsSearched.Count,
            check.TeamsNotSearched.Count,
            check.UnknownMembers.Total,
            check.PeopleNotFound.Total,
            check.Unowned?.Total,
            check.Undelivered.Total);
        return check;
    }

    private async Task<IReadOnlyList<TeamMemberList>> ReadTeamsAsync(CancellationToken cancellationToken)
    {
        var lists = new List<TeamMemberList>();
        foreach (var team in await teamMembers.InstalledTeamsAsync(cancellationToken).ConfigureAwait(false))
        {
            var name = TeamMembersReader.NameOf(team);
            var read = await teamMembers.ReadAsync(team, cancellationToken).ConfigureAwait(false);
            if (read.Error is { } error)
            {
                RosterCheckLog.TeamNotRead(logger, name, team.ConversationId, error.Kind, error.Code, (int?)error.Status);
                lists.Add(new TeamMemberList(name, null));
            }
            else
            {
                lists.Add(new TeamMemberList(name, [.. (read.Value ?? []).Select(TeamMembersReader.IdentityOf)]));
            }
        }

        return lists;
    }

    /// <summary>Entra object ids of the users PlanBot has an active 1:1 chat with: reachable without a team.</summary>
    private async Task<HashSet<Guid>> PersonalChatsAsync(CancellationToken cancellationToken) =>
        [.. (await conversations.ListAsync(ConversationKind.Personal, cancellationToken).ConfigureAwait(false))
            .Where(c => c.State == ConversationState.Active)
            .Select(c => Guid.TryParse(c.UserAadObjectId, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)];

    private async Task<ReminderCycle?> CycleAsync(FiscalQuarter? quarter, CancellationToken cancellationToken)
    {
        if (quarter is { } named)
        {
            return await cycles.LoadAsync(named, cancellationToken).ConfigureAwait(false);
        }

        var current = FiscalQuarter.Current(clock);
        return await cycles.LoadAsync(current, cancellationToken).ConfigureAwait(false)
            ?? (await cycles.LoadAsync(current.Previous, cancellationToken).ConfigureAwait(false) is { State: ReminderCycleState.Open } previous ? previous : null);
    }
}
