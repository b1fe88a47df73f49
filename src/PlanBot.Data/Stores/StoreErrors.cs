using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PlanBot.Data.Stores;

/// <summary>What a failed write means, whichever engine refused it.</summary>
internal static class StoreErrors
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY: not a CHECK, NOT NULL, foreign key or trigger refusal.</summary>
    private const int SqliteUnique = 2067;

    private const int SqlitePrimaryKey = 1555;

    /// <summary>A unique index refused the row: another writer stored it first.</summary>
    public static bool IsUniqueViolation(Exception e) => (e is DbUpdateException ? e.InnerException : e) switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
