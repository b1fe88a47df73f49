using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

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
            PlanStoreProvider.PostgreSql => UseNpgsql(builder, options),
            _ => builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeout, options.WalSizeLimitBytes)),
        };
    }

    /// <summary>
    /// Whether a context runs on PostgreSQL, by the provider's name: <c>IsNpgsql()</c> loads the Npgsql assemblies,
    /// which a process on SQLite never needs otherwise (a few MB of memory).
    /// </summary>
    public static bool IsPostgreSql(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return string.Equals(database.ProviderName, NpgsqlProviderName, StringComparison.Ordinal);
    }

    private const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    // Apart, and never inlined, so that configuring SQLite does not load the Npgsql assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbContextOptionsBuilder UseNpgsql(DbContextOptionsBuilder builder, PlanStoreOptions options) =>
        builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));

    /// <summary>
    /// The provider's compiled model, generated into its migrations assembly by <c>dotnet ef dbcontext optimize</c>
    /// (see <see cref="PlanDbContext"/>), or null when that assembly has none. Building the model from
    /// <c>OnModelCreating</c> was the largest part of a start's CPU. Design time never uses it: <c>dotnet ef</c> must
    /// see the model as the code declares it, not as it was last compiled.
    /// </summary>
    public static IModel? CompiledModel(PlanStoreProvider provider)
    {
        var assembly = Assembly.Load(provider == PlanStoreProvider.PostgreSql ? PostgreSqlMigrationsAssembly : SqliteMigrationsAssembly);
        var modelType = assembly.GetCustomAttributes<DbContextModelAttribute>().SingleOrDefault(a => a.ContextType == typeof(PlanDbContext))?.ModelType;
        return (IModel?)modelType?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
    }

    /// <summary>Options for a context on its own, outside a host (design time, migrate-store's target).</summary>
    public static DbContextOptions<PlanDbContext> OptionsFor(PlanStoreOptions options) =>
        (DbContextOptions<PlanDbContext>)Configure(new DbContextOptionsBuilder<PlanDbContext>(), options).Options;
}
