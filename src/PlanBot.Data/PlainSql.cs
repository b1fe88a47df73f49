using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data;

/// <summary>
/// Fixed statements run without EF's query pipeline, where building it would be the cost: the migration and seed checks
/// (a process's first queries, before the web host listens) and the readiness probe's write (the first probe after a
/// start is on the way to ready). The connection is opened through EF, so the store's connection settings (the SQLite
/// pragmas) still apply.
/// </summary>
internal static class PlainSql
{
    public static Task<List<T>> ListAsync<T>(PlanDbContext db, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        RunAsync(db, sql, [], async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, cancellationToken);

    /// <summary>The first column of the first row of a query that returns one row (a count, an EXISTS).</summary>
    public static async Task<long> ScalarAsync(PlanDbContext db, string sql, CancellationToken cancellationToken) =>
        (await ListAsync(db, sql, reader => Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Runs one statement that returns no rows, with its parameters (name, value); how many rows it changed.</summary>
    public static Task<int> ExecuteAsync(PlanDbContext db, string sql, IReadOnlyList<(string Name, object Value)> parameters, CancellationToken cancellationToken) =>
        RunAsync(db, sql, parameters, command => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);

    private static async Task<T> RunAsync<T>(
        PlanDbContext db, string sql, IReadOnlyList<(string Name, object Value)> parameters, Func<DbCommand, Task<T>> run, CancellationToken cancellationToken)
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

            return await run(command).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
