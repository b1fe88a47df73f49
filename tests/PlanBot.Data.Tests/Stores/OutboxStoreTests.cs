using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Domain.Outbox;
using PlanBot.Testing;

namespace PlanBot.Data.Tests.Stores;

/// <summary>The outbox on the fake clock, with the default retry options (30 s doubling to 1 h, 8 attempts, 5 min claims).</summary>
public sealed class OutboxStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnqueueAsync_SameIdempotencyKeyTwice_StoresOnceAndKeepsTheFirstPayload(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);

        var first = await outbox.EnqueueAsync(Entry("2026Q3:reminder:tanaka@example.jp:1", """{"v":1}"""), CancellationToken.None);
        var second = await outbox.EnqueueAsync(Entry("2026Q3:reminder:tanaka@example.jp:1", """{"v":2}"""), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        var stored = Assert.Single(await outbox.ListAsync("2026Q3:", CancellationToken.None));
        Assert.Equal("""{"v":1}""", stored.Payload);
        Assert.Equal(OutboxState.Pending, stored.State);
        Assert.Equal(0, stored.Attempts);
        Assert.Equal(db.Clock.GetUtcNow(), stored.NextAttemptAt);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimDueAsync_ClaimedButNeverMarked_IsHeldForTheClaimTimeoutThenComesDueAgain(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("a"), CancellationToken.None);
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        await outbox.EnqueueAsync(Entry("b"), CancellationToken.None);

        var firstClaim = await outbox.ClaimDueAsync(1, CancellationToken.None);
        var secondClaim = await outbox.ClaimDueAsync(10, CancellationToken.None);
        var nothingDue = await outbox.ClaimDueAsync(10, CancellationToken.None);
        await outbox.MarkSentAsync(secondClaim[0].Id, "1:b", CancellationToken.None);
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        var afterTimeout = await outbox.ClaimDueAsync(10, CancellationToken.None);

        Assert.Equal(["a"], firstClaim.Select(m => m.IdempotencyKey));
        Assert.Equal(1, firstClaim[0].Attempts);
        Assert.Equal(["b"], secondClaim.Select(m => m.IdempotencyKey));
        Assert.Empty(nothingDue);
        var reclaimed = Assert.Single(afterTimeout);
        Assert.Equal("a", reclaimed.IdempotencyKey);
        Assert.Equal(2, reclaimed.Attempts);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimDueAsync_NothingDue_TakesNoWriteTransaction(PlanStoreProvider provider)
    {
        var transactions = new TransactionCounter();
        await using var db = await TempPlanDatabase.CreateAsync(provider, configureContext: options => options.AddInterceptors(transactions));
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("a") with { NotBefore = db.Clock.GetUtcNow().AddMinutes(1) }, CancellationToken.None);

        var before = transactions.Started;
        var notYetDue = await outbox.ClaimDueAsync(10, CancellationToken.None);
        var idle = transactions.Started - before;
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        var due = await outbox.ClaimDueAsync(10, CancellationToken.None);

        Assert.Empty(notYetDue);
        Assert.Equal(0, idle);
        Assert.Equal("a", Assert.Single(due).IdempotencyKey);
        Assert.Equal(1, transactions.Started - before);
    }

    private sealed class TransactionCounter : DbTransactionInterceptor
    {
        private int _started;

        public int Started => Volatile.Read(ref _started);

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _started);
            return ValueTask.FromResult(result);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkSentAsync_ClaimedMessage_KeepsTheActivityIdAndIsNeverClaimedAgain(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("a"), CancellationToken.None);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(10, CancellationToken.None));

        await outbox.MarkSentAsync(claimed.Id, "1:activity", CancellationToken.None);
        db.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await outbox.ClaimDueAsync(10, CancellationToken.None));
        var sent = await outbox.FindAsync("a", CancellationToken.None);
        Assert.Equal(OutboxState.Sent, sent!.State);
        Assert.Equal("1:activity", sent.SentActivityId);
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.MarkFailedAsync(claimed.Id, "late", null, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkFailedAsync_RepeatedFailures_BackOffExponentiallyThenFailPermanently(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("a"), CancellationToken.None);
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            var claimed = Assert.Single(await outbox.ClaimDueAsync(10, CancellationToken.None));
            Assert.Equal(attempt, claimed.Attempts);
            await outbox.MarkFailedAsync(claimed.Id, $"HTTP 502 #{attempt}", null, CancellationToken.None);
            var failed = (await outbox.FindAsync("a", CancellationToken.None))!;
            if (failed.State == OutboxState.FailedPermanent)
            {
                break;
            }

            var wait = failed.NextAttemptAt - db.Clock.GetUtcNow();
            waits.Add(wait);
            db.Clock.Advance(wait - TimeSpan.FromSeconds(1));
            Assert.Empty(await outbox.ClaimDueAsync(10, CancellationToken.None));
            db.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([30, 60, 120, 240, 480, 960, 1920], waits.Select(w => w.TotalSeconds));
        var givenUp = (await outbox.FindAsync("a", CancellationToken.None))!;
        Assert.Equal(OutboxState.FailedPermanent, givenUp.State);
        Assert.Equal("HTTP 502 #8", givenUp.LastError);
        db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await outbox.ClaimDueAsync(10, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkFailedAsync_RetryAfterLongerThanTheBackoff_WaitsForRetryAfter(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("a"), CancellationToken.None);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(10, CancellationToken.None));

        await outbox.MarkFailedAsync(claimed.Id, "HTTP 429", TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.Equal(db.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), (await outbox.FindAsync("a", CancellationToken.None))!.NextAttemptAt);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task MarkFailedPermanentlyAsync_ClaimedMessage_IsGivenUpAtOnce(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("a"), CancellationToken.None);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(10, CancellationToken.None));

        await outbox.MarkFailedPermanentlyAsync(claimed.Id, "HTTP 403: the bot was removed", CancellationToken.None);
        db.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await outbox.ClaimDueAsync(10, CancellationToken.None));
        Assert.Equal(OutboxState.FailedPermanent, (await outbox.FindAsync("a", CancellationToken.None))!.State);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnqueueManyAsync_SomeKeysQueuedAlreadyOrListedTwice_AddsEachNewKeyOnce(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        await outbox.EnqueueAsync(Entry("b", """{"v":"first"}"""), CancellationToken.None);

        var added = await outbox.EnqueueManyAsync([Entry("a"), Entry("b", """{"v":"second"}"""), Entry("c"), Entry("a")], CancellationToken.None);

        Assert.Equal(["a", "c"], added.Order(StringComparer.Ordinal));
        var stored = await outbox.ListAsync("", CancellationToken.None);
        Assert.Equal(["b", "a", "c"], stored.Select(m => m.IdempotencyKey));
        Assert.Equal("""{"v":"first"}""", stored[0].Payload);
        Assert.All(stored, m => Assert.Equal(OutboxState.Pending, m.State));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnqueueManyAsync_ThousandsOfKeys_AllQueuedAndAllFoundOnASecondRun(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        var entries = Enumerable.Range(0, 2_345).Select(i => Entry($"2026Q3:reminder:owner{i}@example.jp:1")).ToArray();

        var first = await outbox.EnqueueManyAsync(entries, CancellationToken.None);
        var second = await outbox.EnqueueManyAsync(entries, CancellationToken.None);

        Assert.Equal(2_345, first.Count);
        Assert.Empty(second);
        Assert.Equal(2_345, (await outbox.ListAsync("2026Q3:", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task EnqueueManyAsync_StoreFailsOnSave_QueuesNoneOfThem()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await RefuseOutboxInsertsAsync(db);
        var outbox = Outbox(db);

        await Assert.ThrowsAsync<SqliteException>(() => outbox.EnqueueManyAsync([Entry("a"), Entry("b")], CancellationToken.None));

        Assert.Empty(await outbox.ListAsync("", CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ClaimDueAsync_SendersClaimingAtOnce_NeverClaimOneMessageTwice(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var outbox = Outbox(db);
        for (var i = 0; i < 120; i++)
        {
            await outbox.EnqueueAsync(Entry($"m{i}"), CancellationToken.None);
        }

        // Four senders, each its own store on the same database as separate instances would be, claiming until empty.
        var senders = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<Data.Stores.OutboxStore>(db.Services)).ToArray();
        var claims = await Task.WhenAll(senders.Select(async sender =>
        {
            var mine = new List<long>();
            while ((await sender.ClaimDueAsync(7, CancellationToken.None)) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(m => m.Id));
            }

            return mine;
        }));

        var all = claims.SelectMany(ids => ids).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
    }

    private static OutboxEntry Entry(string key, string payload = "{}") =>
        new(OutboxKinds.ReminderCard, key, "tanaka@example.jp", null, payload);

    private static IOutbox Outbox(TempPlanDatabase db) => db.Services.GetRequiredService<IOutbox>();

    /// <summary>The store refuses every row written to the outbox, as a full disk would (a trigger: inserts in bulk bypass EF's interceptors).</summary>
    internal static async Task RefuseOutboxInsertsAsync(TempPlanDatabase db)
    {
        await using var context = db.NewContext();
        await context.Database.ExecuteSqlRawAsync("""
            CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox_messages
            BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END
            """);
    }
}
