using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanBot.Data;

/// <summary>
/// SQLite only. Keeps the write-ahead log bounded: every <see cref="PlanStoreOptions.CheckpointInterval"/> it copies
/// the log into the database and truncates it (<c>wal_checkpoint(TRUNCATE)</c>). SQLite's own automatic checkpoints
/// never shrink the file, and cannot finish while readers keep old pages in use, so after a burst (a fan-out, a disk that
/// was full) the log would otherwise stay as large as it ever grew. A checkpoint that cannot finish is tried again at
/// the next interval; <c>journal_size_limit</c> (see <see cref="SqlitePragmaInterceptor"/>) caps what is kept meanwhile.
/// </summary>
public sealed partial class SqliteWalCheckpointer(IOptions<PlanStoreOptions> options, TimeProvider clock, ILogger<SqliteWalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(200);

    /// <summary>One checkpoint now; true when the whole log was copied and truncated.</summary>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DatabasePath is null)
        {
            return true;
        }

        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var wait = connection.CreateCommand())
        {
            // Waiting for readers holds new writers back, so wait briefly and try again at the next interval instead.
            wait.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)MaxWait.TotalMilliseconds};");
            await wait.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

        // One row: busy (1 when readers or a writer kept it from finishing), frames in the log, frames copied.
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var busy = reader.GetInt64(0) != 0;
        if (busy)
        {
            LogCheckpointBusy(logger, reader.GetInt64(1), reader.GetInt64(2));
        }

        return !busy;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CheckpointInterval, clock, stoppingToken).ConfigureAwait(false);
                await CheckpointAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is SqliteException or IOException or InvalidOperationException)
            {
                // A full or unreachable volume: the store's health says so; try again at the next interval.
                LogCheckpointFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "The plan store's write-ahead log could not be checkpointed completely ({Frames} frames, {Copied} copied): readers or a writer held it; trying again later")]
    private static partial void LogCheckpointBusy(ILogger logger, long frames, long copied);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Checkpointing the plan store's write-ahead log failed; trying again later")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
