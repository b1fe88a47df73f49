using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlanBot.Data;

/// <summary>
/// Sets WAL journaling (readers do not block the writer: the bot answers while an import runs), a busy timeout
/// (a second writer waits instead of failing at once) and a cap on what the write-ahead log keeps after a checkpoint
/// on every connection EF opens. SQLite only.
/// </summary>
/// <remarks>
/// The settings belong to the native connection, which Microsoft.Data.Sqlite pools: they are set once per native
/// connection, not on every open of a pooled one (a turn opens several).
/// </remarks>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout, long walSizeLimitBytes) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
        Prepared(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Prepared(connection);
    }

    private bool IsPrepared(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _prepared.TryGetValue(handle, out _);

    /// <summary>Remembers the native connection once its settings are applied (a failed attempt is tried again on the next open).</summary>
    private void Prepared(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _prepared.AddOrUpdate(handle, handle);
        }
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
