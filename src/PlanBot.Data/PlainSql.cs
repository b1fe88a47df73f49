using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data;

/// <summary>
/// Fixed reads made at start without EF's query pipeline: the first LINQ query of a process builds the query compiler
/// and compiles its expression, which made the migration and seed checks the largest part of a start before the web host
/// listened. The connection is opened through EF, so the store's connection settings (the SQLite pragmas) still apply.
/// </summary>
internal static class PlainSql
{
    public static async Task<List<T>> ListAsync<T>(PlanDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs one statement that returns no rows, with its parameters (name, value), and says how many rows it changed.
    /// </summary>
    public static async Task<int> ExecuteAsync(PlanDbContext db, string sql, IReadOnlyList<(string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The first column of the first row of a query that returns one row (a count, an EXISTS).</summary>
    public static async Task<long> ScalarAsync(PlanDbContext db, string sql, CancellationToken cancellationToken) =>
        (await ListAsync(db, sql, reader => Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))[0];
}
