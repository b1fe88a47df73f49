using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PlanBot.Data;

/// <summary>
/// Copies every row of one plan store into another, empty one (migrate-store: SQLite to PostgreSQL), table by table in
/// foreign-key order, keeping every id, in one transaction on the target; then counts and checksums each table on both
/// sides. Instants are compared to the microsecond, PostgreSQL's precision (SQLite keeps 100 ns ticks).
/// </summary>
public static class StoreCopy
{
    /// <summary>
    /// Tables that may hold rows in an "empty" target: its schema bookkeeping, and the change counters the migration
    /// seeds (replaced by the source's when copying).
    /// </summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase) { "__EFMigrationsHistory", "__EFMigrationsLock", "qrtz_locks", "store_versions" };

    /// <summary>The target's tables that hold rows (its schema bookkeeping aside): empty means it may receive a store.</summary>
    public static async Task<IReadOnlyList<string>> NonEmptyTablesAsync(string postgresConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(postgresConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var holding = new List<string>();
        foreach (var table in tables.Where(t => !Bookkeeping.Contains(t)))
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\")", connection);
            if ((bool)(await any.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                holding.Add(table);
            }
        }

        return holding;
    }

    /// <summary>Copies every table's rows from <paramref name="source"/> to <paramref name="target"/> (migrated, empty) in one transaction.</summary>
    public static async Task CopyAsync(PlanDbContext source, PlanDbContext target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var copyTable = typeof(StoreCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        await target.StoreVersions.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entity in TablesInOrder(source.Model))
        {
            await ((Task)copyTable.MakeGenericMethod(entity.ClrType).Invoke(null, [source, target, cancellationToken])!).ConfigureAwait(false);
        }

        if (PlanStoreDatabase.IsPostgreSql(target.Database))
        {
            // Ids were copied as they were: move each identity on past them, so the next row gets a fresh one.
            foreach (var entity in TablesInOrder(target.Model))
            {
                var key = entity.FindPrimaryKey()!.Properties;
                if (key is [{ ValueGenerated: ValueGenerated.OnAdd } id] && (id.ClrType == typeof(int) || id.ClrType == typeof(long)))
                {
                    var table = entity.GetTableName()!;
                    var column = key[0].GetColumnName();
                    // Names from the model, not from input.
                    var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) + 1, false)";
                    await target.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each table's row count and SHA-256 over its rows in key order, the same way on either engine.</summary>
    public static async Task<IReadOnlyList<TableChecksum>> ChecksumsAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var checksum = typeof(StoreCopy).GetMethod(nameof(ChecksumTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        var sums = new List<TableChecksum>();
        foreach (var entity in TablesInOrder(db.Model))
        {
            sums.Add(await ((Task<TableChecksum>)checksum.MakeGenericMethod(entity.ClrType).Invoke(null, [db, entity.GetTableName()!, cancellationToken])!).ConfigureAwait(false));
        }

        return sums;
    }

    /// <summary>Deletes every row of the plan store's tables (a failed copy undone; the schema stays).</summary>
    public static async Task EmptyAsync(PlanDbContext target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var sql = "TRUNCATE " + string.Join(", ", TablesInOrder(target.Model).Select(e => $"\"{e.GetTableName()}\"")) + " RESTART IDENTITY";
        await target.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyTableAsync<TRow>(PlanDbContext source, PlanDbContext target, CancellationToken cancellationToken)
        where TRow : class
    {
        const int Batch = 1000;
        var keys = source.Model.FindEntityType(typeof(TRow))!.FindPrimaryKey()!.Properties;
        var query = OrderByKey(source.Set<TRow>().AsNoTracking(), keys);
        for (var skip = 0; ; skip += Batch)
        {
            var rows = await query.Skip(skip).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return;
            }

            target.Set<TRow>().AddRange(rows);
            target.ChangeTracker.DetectChanges();
            await target.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            target.ChangeTracker.Clear();
        }
    }

    private static async Task<TableChecksum> ChecksumTableAsync<TRow>(PlanDbContext db, string table, CancellationToken cancellationToken)
        where TRow : class
    {
        var entity = db.Model.FindEntityType(typeof(TRow))!;
        var properties = entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        var rows = await OrderByKey(db.Set<TRow>().AsNoTracking(), entity.FindPrimaryKey()!.Properties).ToListAsync(cancellationToken).ConfigureAwait(false);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            foreach (var property in properties)
            {
                line.Append(property.Name).Append('=').Append(Canonical(property.PropertyInfo?.GetValue(row))).Append('\u001f');
            }

            hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
        }

        return new TableChecksum(table, rows.Count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static IQueryable<TRow> OrderByKey<TRow>(IQueryable<TRow> rows, IReadOnlyList<IProperty> keys)
        where TRow : class
    {
        var ordered = rows.OrderBy(r => EF.Property<object>(r, keys[0].Name));
        foreach (var key in keys.Skip(1))
        {
            ordered = ordered.ThenBy(r => EF.Property<object>(r, key.Name));
        }

        return ordered;
    }

    /// <summary>One spelling per value whichever engine it came from; instants to the microsecond.</summary>
    private static string Canonical(object? value) => value switch
    {
        null => "\u2400",
        DateTime instant => new DateTime(instant.Ticks - (instant.Ticks % 10), DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Principals before dependents, so every foreign key finds its row.</summary>
    private static List<IEntityType> TablesInOrder(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).OrderBy(e => e.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var ready = remaining.First(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType)));
            ordered.Add(ready);
            remaining.Remove(ready);
        }

        return ordered;
    }
}

/// <summary>One table's rows as counted and hashed on one side of a copy.</summary>
public sealed record TableChecksum(string Table, int Rows, string Sha256);
