using Microsoft.Data.Sqlite;

namespace PlanBot.Data;

/// <summary>
/// Where the plan store lives. <see cref="ConnectionString"/> comes from <c>ConnectionStrings:PlanStore</c>
/// (environment <c>ConnectionStrings__PlanStore</c>); without it the store is <c>&lt;content root&gt;/data/planbot.db</c>.
/// </summary>
public sealed class PlanStoreOptions
{
    public const string SectionName = "PlanStore";

    public const string ConnectionStringName = "PlanStore";

    public string ConnectionString { get; set; } = "";

    /// <summary>How long a connection waits for another writer's lock before failing (SQLite busy_timeout).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the write-ahead log is checkpointed and truncated (SQLite; see <see cref="SqliteWalCheckpointer"/>).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The size the write-ahead log is cut back to after each checkpoint (SQLite <c>journal_size_limit</c>).</summary>
    public long WalSizeLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    public string? DatabasePath
    {
        get
        {
            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
                ? null
                : Path.GetFullPath(builder.DataSource);
        }
    }

    internal static string DefaultConnectionString(string contentRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "data", "planbot.db") }.ToString();
}
