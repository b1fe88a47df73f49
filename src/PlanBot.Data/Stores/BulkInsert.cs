using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PlanBot.Data.Stores;

/// <summary>
/// Inserts many new rows of one entity type in the caller's transaction, with INSERT statements that are prepared once
/// and reused (several rows each where the engine gains by it): what a quarter's opening needs (thousands of
/// recipients, items and outbox messages), where SaveChanges' change tracking and per-row statements cost seconds.
/// Table, columns and value conversions come from the model, as SaveChanges would use them.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Rows per statement. SQLite runs in-process, and looks each bound name up among all of a statement's parameters,
    /// so one prepared single-row statement run per row is its fastest (measured: 1, 4, 8, 16 and more rows per
    /// statement). PostgreSQL pays a round trip per statement, so it takes many rows at once.
    /// </summary>
    private const int RowsPerSqliteStatement = 1;

    private const int RowsPerPostgreSqlStatement = 200;

    /// <summary>Inserts every row; a row a unique index refuses fails the whole call.</summary>
    public static async Task InsertAsync<TRow>(DbContext db, IReadOnlyCollection<TRow> rows, CancellationToken cancellationToken)
        where TRow : class =>
        await new Statement<TRow>(db, null).RunAsync(rows, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Inserts the rows no unique index refuses and skips the others (stored already, by an earlier run or another
    /// writer); returns the rows stored, each with its store-generated key set.
    /// </summary>
    /// <param name="naturalKey">A value unique among <paramref name="rows"/>, by which the stored rows are told apart.</param>
    public static async Task<IReadOnlyList<TRow>> InsertNewAsync<TRow>(DbContext db, IReadOnlyCollection<TRow> rows, Expression<Func<TRow, string>> naturalKey, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(naturalKey);
        var statement = new Statement<TRow>(db, ((MemberExpression)naturalKey.Body).Member.Name);
        return await statement.RunAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Statement<TRow>
        where TRow : class
    {
        private readonly DbContext db;
        private readonly ISqlGenerationHelper sql;
        private readonly IProperty[] columns;
        private readonly RelationalTypeMapping[] mappings;
        private readonly IClrPropertyGetter[] getters;
        private readonly string head;
        private readonly string tail = "";
        private readonly IProperty? generatedKey;
        private readonly IProperty? naturalKey;
        private readonly int rowsPerStatement;

        public Statement(DbContext db, string? naturalKeyName)
        {
            this.db = db;
            if (db.Database.CurrentTransaction is null)
            {
                // Several statements: only a transaction makes them all-or-nothing.
                throw new InvalidOperationException("Rows are inserted in bulk only inside a transaction.");
            }

            var entityType = db.Model.FindEntityType(typeof(TRow))
                ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            sql = db.GetService<ISqlGenerationHelper>();
            columns = [.. entityType.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd)];
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{typeof(TRow).Name}.{shadow.Name} has no CLR property to read.");
            }

            mappings = [.. columns.Select(c => c.GetRelationalTypeMapping())];
            getters = [.. columns.Select(c => c.GetGetter())];
            head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => Column(c, table)))}) VALUES ";
            if (naturalKeyName is not null)
            {
                naturalKey = entityType.FindProperty(naturalKeyName) ?? throw new InvalidOperationException($"{typeof(TRow).Name}.{naturalKeyName} is not mapped.");
                generatedKey = entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } id] ? id
                    : throw new InvalidOperationException($"{typeof(TRow).Name} has no store-generated key.");
                tail = $" ON CONFLICT DO NOTHING RETURNING {Column(generatedKey, table)}, {Column(naturalKey, table)}";
            }

            rowsPerStatement = PlanStoreDatabase.IsPostgreSql(db.Database) ? RowsPerPostgreSqlStatement : RowsPerSqliteStatement;
        }

        public async Task<IReadOnlyList<TRow>> RunAsync(IReadOnlyCollection<TRow> rows, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(rows);
            var stored = new List<TRow>();

            // One command for every full chunk: its text is parsed (prepared) once and only the values change.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            var statementRows = 0;
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                if (chunk.Length != statementRows)
                {
                    // Every chunk but the last is full: the text changes at most once.
                    statementRows = chunk.Length;
                    command.CommandText = Text(statementRows);
                }

                command.Parameters.Clear();
                foreach (var row in chunk)
                {
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var name = sql.GenerateParameterName(ParameterName(command.Parameters.Count));
                        command.Parameters.Add(mappings[c].CreateParameter(command, name, getters[c].GetClrValueUsingContainingEntity(row), columns[c].IsNullable));
                    }
                }

                if (naturalKey is null)
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ReadStoredAsync(command, chunk, stored, cancellationToken).ConfigureAwait(false);
                }
            }

            return stored;
        }

        /// <summary>Sets the key the store gave each row it took; RETURNING names rows in no promised order, so by the natural key.</summary>
        private async Task ReadStoredAsync(DbCommand command, TRow[] chunk, List<TRow> stored, CancellationToken cancellationToken)
        {
            var getter = naturalKey!.GetGetter();
            var byKey = chunk.ToDictionary(r => (string)getter.GetClrValueUsingContainingEntity(r)!, StringComparer.Ordinal);
            var keyType = generatedKey!.ClrType;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = byKey[reader.GetString(1)];
                generatedKey.PropertyInfo!.SetValue(row, Convert.ChangeType(reader.GetValue(0), keyType, CultureInfo.InvariantCulture));
                stored.Add(row);
            }
        }

        private string Text(int rows)
        {
            var text = new StringBuilder(head);
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName((r * columns.Length) + c)));
                }

                text.Append(')');
            }

            return text.Append(tail).ToString();
        }

        private string Column(IProperty property, StoreObjectIdentifier table) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        private static string ParameterName(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);
    }
}
