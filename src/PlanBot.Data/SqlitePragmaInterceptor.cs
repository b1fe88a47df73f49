using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlanBot.Data;

/// <summary>
/// Sets WAL journaling (readers do not block the writer: the bot answers while an import runs), a busy timeout
/// (a second writer waits instead of failing at once) and a cap on what the write-ahead log keeps after a checkpoint
/// on every connection EF opens. SQLite only.
/// </summary>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout, long walSizeLimitBytes) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        var milliseconds = (long)busyTimeout.TotalMilliseconds;
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {milliseconds}; PRAGMA journal_mode = WAL; PRAGMA journal_size_limit = {walSizeLimitBytes};");
        return command;
    }
}
