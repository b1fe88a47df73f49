using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain.Digest;

namespace PlanBot.Data.Stores;

/// <summary><see cref="IDigestChannelStore"/> in the plan store.</summary>
internal sealed class DigestChannelStore(IDbContextFactory<PlanDbContext> contexts) : IDigestChannelStore
{
    public async Task<string?> ChooseAsync(string channelId, string? teamId, string chosenByEmail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(chosenByEmail);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? replaced = null;
        if (teamId is not null)
        {
            var others = await db.DigestChannels
                .Where(c => c.TeamId == teamId && c.IsActive && c.ChannelId != channelId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var other in others)
            {
                other.IsActive = false;
                other.StoppedByEmail = chosenByEmail;
                other.StoppedAtUtc = at.UtcDateTime;
                replaced = other.ChannelId;
            }
        }

        var row = await db.DigestChannels.FindAsync([channelId], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new DigestChannelRow { ChannelId = channelId, ChosenByEmail = chosenByEmail };
            db.DigestChannels.Add(row);
        }

        row.TeamId = teamId ?? row.TeamId;
        row.ChosenByEmail = chosenByEmail;
        row.ChosenAtUtc = at.UtcDateTime;
        row.IsActive = true;
        row.StoppedByEmail = null;
        row.StoppedAtUtc = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return replaced;
    }

    public async Task<bool> StopAsync(string channelId, string stoppedByEmail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stoppedByEmail);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stopped = await db.DigestChannels
            .Where(c => c.ChannelId == channelId && c.IsActive)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.IsActive, false)
                    .SetProperty(c => c.StoppedByEmail, stoppedByEmail)
                    .SetProperty(c => c.StoppedAtUtc, at.UtcDateTime),
                cancellationToken)
            .ConfigureAwait(false);
        return stopped > 0;
    }

    public async Task<DigestChannel?> FindAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.DigestChannels.AsNoTracking().FirstOrDefaultAsync(c => c.ChannelId == channelId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToChannel(row);
    }

    public async Task<IReadOnlyList<DigestChannel>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.DigestChannels.AsNoTracking()
            .Where(c => c.IsActive)
            .OrderBy(c => c.ChosenAtUtc).ThenBy(c => c.ChannelId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToChannel).ToList();
    }

    public async Task RecordPostedAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var utc = at.UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // Two senders finishing out of order must not move the time back.
        await db.DigestChannels
            .Where(c => c.ChannelId == channelId && (c.LastPostedAtUtc == null || c.LastPostedAtUtc < utc))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastPostedAtUtc, utc), cancellationToken)
            .ConfigureAwait(false);
    }

    private static DigestChannel ToChannel(DigestChannelRow row) => new(
        row.ChannelId,
        row.TeamId,
        row.ChosenByEmail,
        Utc(row.ChosenAtUtc),
        row.IsActive,
        row.StoppedByEmail,
        row.StoppedAtUtc is { } stopped ? Utc(stopped) : null,
        row.LastPostedAtUtc is { } posted ? Utc(posted) : null);

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
