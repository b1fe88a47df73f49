using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Tests.Support;

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

    [Fact]
    public async Task MigrateAsync_NewFile_AppliesEveryMigration()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await using var context = db.NewContext();

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Model_ComparedWithTheCheckedInMigrations_HasNoPendingChanges()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await using var context = db.NewContext();

        Assert.False(context.Database.HasPendingModelChanges(), "the model changed: add a migration (see PlanDbContext remarks)");
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
