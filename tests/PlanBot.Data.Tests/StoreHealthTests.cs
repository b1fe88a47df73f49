using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Domain.Outbox;
using PlanBot.Testing;

namespace PlanBot.Data.Tests;

/// <summary>
/// The store's write probe and the write-ahead log's checkpoints, on a real SQLite file (and a real PostgreSQL where a
/// test runs on both).
/// </summary>
public sealed class StoreHealthTests
{
    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Probe_StoreWritable_FindsNoProblemAndWritesItsRow(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var probe = db.Services.GetRequiredService<PlanStoreProbe>();

        Assert.Null(await probe.FindWriteProblemAsync(CancellationToken.None));
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await probe.FindWriteProblemAsync(CancellationToken.None));

        await using var context = db.NewContext();
        var row = Assert.Single(context.StoreProbe);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, row.CheckedAtUtc);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Probe_WritesRefusedAsByAFullDisk_SaysSoAndPassesAgainOnceTheyAreNot(bool rowExists)
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        var probe = db.Services.GetRequiredService<PlanStoreProbe>();
        if (rowExists)
        {
            Assert.Null(await probe.FindWriteProblemAsync(CancellationToken.None));
        }

        await using (var context = db.NewContext())
        {
            // The store itself refuses the probe's row (its first insert and every later update), as a full disk would.
            await context.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER refuse_probe_insert BEFORE INSERT ON store_probe BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                CREATE TRIGGER refuse_probe_update BEFORE UPDATE ON store_probe BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                """);
        }

        var problem = await probe.FindWriteProblemAsync(CancellationToken.None);
        await using (var context = db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_probe_insert; DROP TRIGGER refuse_probe_update;");
        }

        var recovered = await probe.FindWriteProblemAsync(CancellationToken.None);

        Assert.Equal("the plan store cannot be written: SQLite Error 19: 'database or disk is full'.", problem);
        Assert.Null(recovered);
    }

    [Fact]
    public async Task Checkpoint_AfterABurstOfWrites_TruncatesTheLog()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        var outbox = db.Services.GetRequiredService<IOutbox>();
        for (var i = 0; i < 200; i++)
        {
            await outbox.EnqueueAsync(new OutboxEntry(OutboxKinds.ReminderCard, $"k{i}", null, null, new string('x', 2000)), CancellationToken.None);
        }

        var before = WalLength(db);
        var done = await db.Services.GetRequiredService<SqliteWalCheckpointer>().CheckpointAsync(CancellationToken.None);

        Assert.True(before > 100_000, $"{before} bytes");
        Assert.True(done);
        Assert.Equal(0, WalLength(db));
        Assert.Equal(200, (await outbox.ListAsync("k", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Checkpoint_ReaderHoldsOldPages_IsBusyThenCompletesOnceItIsDone()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        var outbox = db.Services.GetRequiredService<IOutbox>();
        await outbox.EnqueueAsync(new OutboxEntry(OutboxKinds.ReminderCard, "before", null, null, "{}"), CancellationToken.None);
        var checkpointer = db.Services.GetRequiredService<SqliteWalCheckpointer>();

        await using (var reader = new SqliteConnection(ConnectionString(db)))
        {
            await reader.OpenAsync();
            await using var transaction = reader.BeginTransaction(deferred: true);
            await using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT COUNT(*) FROM outbox_messages";
                await read.ExecuteScalarAsync();
            }

            await outbox.EnqueueAsync(new OutboxEntry(OutboxKinds.ReminderCard, "while-reading", null, null, "{}"), CancellationToken.None);
            Assert.False(await checkpointer.CheckpointAsync(CancellationToken.None));
        }

        Assert.True(await checkpointer.CheckpointAsync(CancellationToken.None));
        Assert.Equal(0, WalLength(db));
    }

    private static string ConnectionString(TempPlanDatabase db) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(db.Folder, "plan.db"), DefaultTimeout = 1 }.ToString();

    private static long WalLength(TempPlanDatabase db)
    {
        var wal = new FileInfo(Path.Combine(db.Folder, "plan.db-wal"));
        return wal.Exists ? wal.Length : 0;
    }

}
