using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Domain.Outbox;

namespace PlanBot.Data.Tests;

/// <summary>The store's write probe and the write-ahead log's checkpoints, on a real SQLite file.</summary>
public sealed class StoreHealthTests
{
    [Fact]
    public async Task Probe_StoreWritable_FindsNoProblemAndWritesItsRow()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        var probe = db.Services.GetRequiredService<PlanStoreProbe>();

        Assert.Null(await probe.FindWriteProblemAsync(CancellationToken.None));
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await probe.FindWriteProblemAsync(CancellationToken.None));

        await using var context = db.NewContext();
        var row = Assert.Single(context.StoreProbe);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, row.CheckedAtUtc);
    }

    [Fact]
    public async Task Probe_WritesRefusedAsByAFullDisk_SaysSoAndPassesAgainOnceTheyAreNot()
    {
        var full = new FullDiskInterceptor();
        await using var db = await TempPlanDatabase.CreateAsync(configureContext: options => options.AddInterceptors(full));
        var probe = db.Services.GetRequiredService<PlanStoreProbe>();

        full.Armed = true;
        var problem = await probe.FindWriteProblemAsync(CancellationToken.None);
        full.Armed = false;
        var recovered = await probe.FindWriteProblemAsync(CancellationToken.None);

        Assert.Equal("the plan store cannot be written: SQLite Error 13: 'database or disk is full'.", problem);
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

    /// <summary>Fails every command that writes, as SQLite does when the volume is full.</summary>
    private sealed class FullDiskInterceptor : DbCommandInterceptor
    {
        private const int SqliteFull = 13;

        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Armed ? throw new SqliteException("SQLite Error 13: 'database or disk is full'.", SqliteFull) : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                ? throw new SqliteException("SQLite Error 13: 'database or disk is full'.", SqliteFull)
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
