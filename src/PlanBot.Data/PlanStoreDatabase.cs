using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data;

/// <summary>
/// Points a <see cref="PlanDbContext"/> at its engine. Each provider keeps its migrations in an assembly of its own
/// (EF Core's layout for one context on several providers): <c>PlanBot.Data.Sqlite</c> and <c>PlanBot.Data.PostgreSql</c>.
/// </summary>
public static class PlanStoreDatabase
{
    public const string SqliteMigrationsAssembly = "PlanBot.Data.Sqlite";

    public const string PostgreSqlMigrationsAssembly = "PlanBot.Data.PostgreSql";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, PlanStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            PlanStoreProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeout, options.WalSizeLimitBytes)),
        };
    }

    /// <summary>Options for a context on its own, outside a host (design time, migrate-store's target).</summary>
    public static DbContextOptions<PlanDbContext> OptionsFor(PlanStoreOptions options) =>
        (DbContextOptions<PlanDbContext>)Configure(new DbContextOptionsBuilder<PlanDbContext>(), options).Options;
}
