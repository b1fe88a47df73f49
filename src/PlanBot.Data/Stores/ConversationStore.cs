using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;

namespace PlanBot.Data.Stores;

/// <summary><see cref="IConversationStore"/> in the plan store.</summary>
internal sealed class ConversationStore(IDbContextFactory<PlanDbContext> contexts) : IConversationStore
{
    public async Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Conversations.FindAsync([address.ConversationId], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new ConversationRow
            {
                ConversationId = address.ConversationId,
                ServiceUrl = address.ServiceUrl,
                ServiceUrlKey = ServiceUrlKey(address.ServiceUrl),
                ChannelId = address.ChannelId,
            };
            db.Conversations.Add(row);
        }

        // An activity carries only part of what is known (a message has no team name, an install has no locale):
        // what it leaves out keeps its stored value.
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
        row.UpdatedAtUtc = address.UpdatedAt.UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetStateAsync(string conversationId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Conversations.Where(c => c.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state).SetProperty(c => c.UpdatedAtUtc, at.UtcDateTime), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task SetTeamStateAsync(string teamId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Conversations.Where(c => c.TeamId == teamId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state).SetProperty(c => c.UpdatedAtUtc, at.UtcDateTime), cancellationToken)
            .ConfigureAwait(false);
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
