using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PlanBot.Data;

/// <summary>
/// Copies of a SQLite plan store. A backup is <c>VACUUM INTO</c>: one read transaction, so the copy is the store as it
/// was at one instant even while PlanBot writes (WAL readers never block the writer), compacted, and complete on its
/// own (no -wal file to carry along). Every copy is checked before it is called good.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes a consistent copy of <paramref name="databasePath"/> to <paramref name="target"/>, which must not exist, and checks it.</summary>
    public static async Task<SqliteBackupCheck> BackupAsync(string databasePath, string target, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"There is no plan store at {databasePath}.", databasePath);
        }

        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; choose a new file (a backup never overwrites one).");
        }

        if (Path.GetDirectoryName(Path.GetFullPath(target)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using (var connection = new SqliteConnection(ReadOnly(databasePath)))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 30000; VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", Path.GetFullPath(target));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await CheckAsync(target, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a copy read-only and checks it: SQLite's integrity check, the migrations it was made with, and its main counts.</summary>
    public static async Task<SqliteBackupCheck> CheckAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{file} does not exist.", file);
        }

        await using var connection = new SqliteConnection(ReadOnly(file));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var integrity = Convert.ToString(await ScalarAsync(connection, "PRAGMA integrity_check;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
        var migrations = new List<string>();
        if (Convert.ToInt64(await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                migrations.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in new[] { "plan_items", "people", "reminder_cycles", "progress_submissions", "outbox_messages", "conversations" })
        {
            if (migrations.Count > 0)
            {
                counts[table] = Convert.ToInt64(await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table};", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }
        }

        return new SqliteBackupCheck(Path.GetFullPath(file), new FileInfo(file).Length, integrity, migrations, counts);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A read-only, unpooled connection: nothing of it stays open on the file afterwards.</summary>
    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
}

/// <summary>What a check of a SQLite copy found.</summary>
/// <param name="Integrity">SQLite's <c>PRAGMA integrity_check</c>: "ok" for a sound file.</param>
/// <param name="Migrations">The plan store migrations the copy records, oldest first; none for a file that is no plan store.</param>
/// <param name="Counts">Rows of the main tables: plan items, people, cycles, submissions, outbox messages, conversations.</param>
public sealed record SqliteBackupCheck(string Path, long Bytes, string Integrity, IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Counts)
{
    public bool IsPlanStore => Migrations.Count > 0;

    public bool IsSound => Integrity == "ok" && IsPlanStore;

    public string Summary => string.Join(", ", Counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
}
