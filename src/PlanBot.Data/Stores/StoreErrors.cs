using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PlanBot.Data.Stores;

/// <summary>What a failed write means, whichever engine refused it.</summary>
internal static class StoreErrors
{
    /// <summary>SQLITE_CONSTRAINT: a unique index (or another constraint) refused the row.</summary>
    private const int SqliteConstraint = 19;

    /// <summary>A unique index refused the row: another writer stored it first.</summary>
    public static bool IsUniqueViolation(Exception e) => (e is DbUpdateException ? e.InnerException : e) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
