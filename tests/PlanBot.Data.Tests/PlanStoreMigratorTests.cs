using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;

namespace PlanBot.Data.Tests;

public sealed class PlanStoreMigratorTests
{
    [Fact]
    public async Task MigrateAsync_NoConnectionStringConfigured_CreatesTheDatabaseUnderTheContentRootDataFolder()
    {
        await using var db = await TempPlanDatabase.CreateAsync(connectionString: _ => null);

        Assert.True(File.Exists(Path.Combine(db.Folder, "data", "planbot.db")));
        Assert.True(await db.Plans.IsEmptyAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MigrateAsync_NewStore_AppliesEveryMigration(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await using var context = db.NewContext();

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Model_ComparedWithTheCheckedInMigrations_HasNoPendingChanges(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await using var context = db.NewContext();

        Assert.False(context.Database.HasPendingModelChanges(), $"the model changed: add a migration to the {provider} migrations too (see PlanDbContext remarks)");
    }

    [Fact]
    public async Task SqliteMigrations_AfterTheMoveToTheirOwnAssembly_KeepTheIdsExistingFilesRecorded()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await using var context = db.NewContext();

        // The ids stored in every planbot.db made before PostgreSQL came: a file from then upgrades in place.
        Assert.Equal(
            ["20261128203423_InitialPlanStore", "20261128210558_Conversations", "20261128212720_RosterCyclesOutbox", "20261128214040_DigestChannels", "20261128231836_SubmissionCardId"],
            context.Database.GetMigrations().Take(5));
    }

    [SkippableFact]
    public async Task MigrateAsync_PostgreSql_RunsAsAnOrdinaryRoleThatOwnsItsDatabase()
    {
        await using var db = await TempPlanDatabase.CreateAsync(PlanStoreProvider.PostgreSql);
        await using var context = db.NewContext();

        var role = await context.Database.SqlQuery<bool>($"SELECT rolsuper AS \"Value\" FROM pg_roles WHERE rolname = current_user").SingleAsync();
        Assert.False(role);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task OpenConnection_ThroughTheContext_UsesWalAndABusyTimeout()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await using var context = db.NewContext();
        await context.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)context.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
