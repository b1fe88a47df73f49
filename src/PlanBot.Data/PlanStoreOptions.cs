using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace PlanBot.Data;

/// <summary>
/// Where the plan store lives. <see cref="Provider"/> comes from <c>PlanStore:Provider</c> (SQLite unless set) and
/// <see cref="ConnectionString"/> from <c>ConnectionStrings:PlanStore</c> (environment <c>ConnectionStrings__PlanStore</c>);
/// a SQLite store without one is <c>&lt;content root&gt;/data/planbot.db</c>. PostgreSQL has no default.
/// </summary>
public sealed class PlanStoreOptions
{
    public const string SectionName = "PlanStore";

    public const string ConnectionStringName = "PlanStore";

    public PlanStoreProvider Provider { get; set; } = PlanStoreProvider.Sqlite;

    /// <summary>
    /// The provider as configured, for registrations that must choose before the options are bound (the scheduler's
    /// store, the deduplication); the same key and default as the bound <see cref="Provider"/>.
    /// </summary>
    public static PlanStoreProvider ProviderIn(IConfiguration configuration) =>
        configuration.GetSection(SectionName).GetValue(nameof(Provider), PlanStoreProvider.Sqlite);

    public string ConnectionString { get; set; } = "";

    /// <summary>How long a connection waits for another writer's lock before failing (SQLite busy_timeout).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the write-ahead log is checkpointed and truncated (SQLite only; see <see cref="SqliteWalCheckpointer"/>).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The size the write-ahead log is cut back to after each checkpoint (SQLite <c>journal_size_limit</c>).</summary>
    public long WalSizeLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>True when no connection string was configured and the default SQLite file is used.</summary>
    public bool IsDefaultLocation { get; set; }

    /// <summary>The SQLite database file's full path; null for an in-memory database or PostgreSQL.</summary>
    public string? DatabasePath => Provider == PlanStoreProvider.Sqlite ? SqlitePath(ConnectionString) : null;

    /// <summary>
    /// The store as people should see it in logs and CLI output: the SQLite file's path, or PostgreSQL's host, port,
    /// database and user. Never the password.
    /// </summary>
    public string Describe() => Provider switch
    {
        PlanStoreProvider.PostgreSql => DescribePostgres(ConnectionString),
        _ => "SQLite " + (DatabasePath ?? "(in memory)"),
    };

    /// <summary>PostgreSQL's host, port, database and user from a connection string; never its password.</summary>
    public static string DescribePostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (user {builder.Username ?? "(default)"})");
    }

    /// <summary>Why the connection string cannot be used with the provider, or null when it can.</summary>
    public string? Problem()
    {
        try
        {
            return Provider switch
            {
                PlanStoreProvider.Sqlite when LooksLikePostgres(ConnectionString) =>
                    "ConnectionStrings:PlanStore looks like a PostgreSQL connection string (it names a Host): set PlanStore:Provider=PostgreSql.",
                PlanStoreProvider.Sqlite when new SqliteConnectionStringBuilder(ConnectionString).DataSource.Length == 0 =>
                    "ConnectionStrings:PlanStore is not a valid SQLite connection string (e.g. 'Data Source=/path/planbot.db').",
                PlanStoreProvider.Sqlite => null,
                PlanStoreProvider.PostgreSql => PostgresProblem(ConnectionString),
                _ => "PlanStore:Provider must be Sqlite or PostgreSql.",
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            // The builders throw on a key they do not know; the message names it, never the value.
            return $"ConnectionStrings:PlanStore is not a valid {Provider} connection string: {e.Message}";
        }
    }

    // Npgsql's names for the server's host.
    private static readonly string[] PostgresHostKeys = ["Host", "Server"];

    // Apart, and never inlined: Npgsql's builder would load the Npgsql assembly in every process, SQLite's too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? PostgresProblem(string connectionString)
    {
        if (connectionString.Length == 0)
        {
            return "PlanStore:Provider is PostgreSql but ConnectionStrings:PlanStore is empty (e.g. 'Host=db.example.com;Database=planbot;Username=planbot;Password=…').";
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return string.IsNullOrEmpty(builder.Host)
            ? "ConnectionStrings:PlanStore is not a PostgreSQL connection string: it names no Host (e.g. 'Host=db.example.com;Database=planbot;Username=planbot;Password=…')."
            : string.IsNullOrEmpty(builder.Database)
                ? "ConnectionStrings:PlanStore names no Database: give the database PlanBot owns (Database=planbot)."
                : null;
    }

    internal static string DefaultConnectionString(string contentRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "data", "planbot.db") }.ToString();

    private static string? SqlitePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    // Read with the generic builder, not Npgsql's: on SQLite this check is the only thing that would load Npgsql.
    private static bool LooksLikePostgres(string connectionString)
    {
        try
        {
            var keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
            return PostgresHostKeys.Any(key => keys.TryGetValue(key, out var host) && host is string { Length: > 0 });
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            return false;
        }
    }
}
