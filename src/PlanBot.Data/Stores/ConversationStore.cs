using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;

namespace PlanBot.Data.Stores;

/// <summary><see cref="IConversationStore"/> in the plan store: recording a conversation writes only what changed, and never races.</summary>
internal sealed class ConversationStore(IDbContextFactory<PlanDbContext> contexts, TimeProvider clock) : IConversationStore
{
    /// <summary>
    /// How long an address this process stored is taken to be the stored one: every turn records its conversation, and
    /// a chat answering card after card sends the same address each time, so within this window the turn reads nothing.
    /// Another instance's change to the row (PostgreSQL) is overwritten at the latest by the first turn after it.
    /// </summary>
    internal static readonly TimeSpan RecentlyStoredWindow = TimeSpan.FromMinutes(1);

    /// <summary>Past this many conversations, the recently stored ones are forgotten at once rather than one by one.</summary>
    private const int MaxRecentlyStored = 10_000;

    private readonly ConcurrentDictionary<string, (ConversationAddress Address, DateTimeOffset At)> recentlyStored = new(StringComparer.Ordinal);

    public async Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var now = clock.GetUtcNow();
        var comparable = address with { UpdatedAt = default };
        if (recentlyStored.TryGetValue(address.ConversationId, out var recent) && recent.Address == comparable && now - recent.At < RecentlyStoredWindow)
        {
            return;
        }

        await StoreAsync(address, cancellationToken).ConfigureAwait(false);
        if (recentlyStored.Count >= MaxRecentlyStored)
        {
            recentlyStored.Clear();
        }

        recentlyStored[address.ConversationId] = (comparable, now);
    }

    private async Task StoreAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Conversations.FindAsync([address.ConversationId], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            if (await InsertIfAbsentAsync(db, address, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            // Another turn of the same conversation (conversationUpdate and installationUpdate arrive together) inserted
            // it first: what this activity adds is merged into that row.
            row = await db.Conversations.SingleAsync(c => c.ConversationId == address.ConversationId, cancellationToken).ConfigureAwait(false);
        }

        Merge(row, address);

        // Most turns come from a conversation as it is stored: those write nothing.
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        row.UpdatedAtUtc = address.UpdatedAt.UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Inserts the conversation unless its id is stored already, in one statement that cannot fail on a concurrent insert
    /// (so a first contact never logs a unique-constraint error). False when the row was there.
    /// </summary>
    private static async Task<bool> InsertIfAbsentAsync(PlanDbContext db, ConversationAddress a, CancellationToken cancellationToken)
    {
        // SQLite and PostgreSQL both read this statement as written. Entra ids are stored in one form, as on update.
        var aadObjectId = EntraObjectId.Normalize(a.UserAadObjectId);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO conversations ("ConversationId", "Kind", "ServiceUrl", "ServiceUrlKey", "ChannelId", "TenantId", "BotId", "UserId",
                "UserAadObjectId", "UserName", "TeamId", "TeamName", "Name", "Locale", "TimeZone", "State", "UpdatedAtUtc")
            VALUES ({a.ConversationId}, {a.Kind.ToString()}, {a.ServiceUrl}, {ServiceUrlKey(a.ServiceUrl)}, {a.ChannelId}, {a.TenantId}, {a.BotId},
                {a.UserId}, {aadObjectId}, {a.UserName}, {a.TeamId}, {a.TeamName}, {a.Name}, {a.Locale}, {a.TimeZone},
                {a.State.ToString()}, {a.UpdatedAt.UtcDateTime})
            ON CONFLICT ("ConversationId") DO NOTHING
            """,
            cancellationToken).ConfigureAwait(false);
        return inserted > 0;
    }

    /// <summary>
    /// An activity carries only part of what is known (a message has no team name, an install has no locale): what it
    /// leaves out keeps its stored value. The change tracker compares with what was read, so equal values modify nothing.
    /// </summary>
    private static void Merge(ConversationRow row, ConversationAddress address)
    {
        row.Kind = address.Kind;
        row.ServiceUrl = address.ServiceUrl;
        row.ServiceUrlKey = ServiceUrlKey(address.ServiceUrl);
        row.ChannelId = address.ChannelId;
        row.TenantId = address.TenantId ?? row.TenantId;
        row.BotId = address.BotId ?? row.BotId;
        row.UserId = address.UserId ?? row.UserId;
        row.UserAadObjectId = EntraObjectId.Normalize(address.UserAadObjectId) ?? row.UserAadObjectId;
        row.UserName = address.UserName ?? row.UserName;
        row.TeamId = address.TeamId ?? row.TeamId;
        row.TeamName = address.TeamName ?? row.TeamName;
        row.Name = address.Name ?? row.Name;
        row.Locale = address.Locale ?? row.Locale;
        row.TimeZone = address.TimeZone ?? row.TimeZone;
        row.State = address.State;
    }

    public async Task SetStateAsync(string conversationId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Conversations.Where(c => c.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state).SetProperty(c => c.UpdatedAtUtc, at.UtcDateTime), cancellationToken)
            .ConfigureAwait(false);
        recentlyStored.TryRemove(conversationId, out _);
    }

    public async Task SetTeamStateAsync(string teamId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Conversations.Where(c => c.TeamId == teamId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state).SetProperty(c => c.UpdatedAtUtc, at.UtcDateTime), cancellationToken)
            .ConfigureAwait(false);

        // A team's channels are not known here by id: none is taken as stored any more.
        recentlyStored.Clear();
    }

    public async Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToAddress(row);
    }

    public async Task<ConversationAddress?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        // Stored in one form; rows written before that was so may hold Teams' capitals.
        var id = EntraObjectId.Normalize(userAadObjectId);
        var capitals = id?.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Conversations.AsNoTracking()
            .Where(c => c.Kind == ConversationKind.Personal && (c.UserAadObjectId == id || c.UserAadObjectId == capitals))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // The newest wins should Teams ever have given the user a second 1:1 conversation id.
        return rows.OrderByDescending(r => r.State == ConversationState.Active).ThenByDescending(r => r.UpdatedAtUtc)
            .Select(ToAddress).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ConversationAddress>> ListAsync(ConversationKind? kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Conversations.AsNoTracking();
        if (kind is { } k)
        {
            query = query.Where(c => c.Kind == k);
        }

        var rows = await query.OrderBy(c => c.ConversationId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToAddress).ToList();
    }

    public async Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        var key = ServiceUrlKey(serviceUrl);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Conversations.AnyAsync(c => c.ServiceUrlKey == key, cancellationToken).ConfigureAwait(false);
    }

    private static string ServiceUrlKey(string serviceUrl) => serviceUrl.Trim().TrimEnd('/').ToLowerInvariant();

    private static ConversationAddress ToAddress(ConversationRow row) => new()
    {
        ConversationId = row.ConversationId,
        Kind = row.Kind,
        ServiceUrl = row.ServiceUrl,
        ChannelId = row.ChannelId,
        TenantId = row.TenantId,
        BotId = row.BotId,
        UserId = row.UserId,
        UserAadObjectId = row.UserAadObjectId,
        UserName = row.UserName,
        TeamId = row.TeamId,
        TeamName = row.TeamName,
        Name = row.Name,
        Locale = row.Locale,
        TimeZone = row.TimeZone,
        State = row.State,
        UpdatedAt = new DateTimeOffset(row.UpdatedAtUtc, TimeSpan.Zero),
    };
}
