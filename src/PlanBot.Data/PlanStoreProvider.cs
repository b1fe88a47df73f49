namespace PlanBot.Data;

/// <summary>The database engine behind the plan store (<c>PlanStore:Provider</c>).</summary>
public enum PlanStoreProvider
{
    /// <summary>An embedded SQLite file: one PlanBot host per file, the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: one or more PlanBot hosts, the scheduler clustered.</summary>
    PostgreSql,
}
