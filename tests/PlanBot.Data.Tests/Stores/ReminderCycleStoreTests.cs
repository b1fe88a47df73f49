using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Domain.Outbox;
using PlanBot.Testing;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Tests.Stores;

public sealed class ReminderCycleStoreTests
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly Person Tanaka = new("田中 一郎", "tanaka@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01", "産業振興部", PersonRole.Member);
    private static readonly Person Suzuki = new("鈴木 花子", "suzuki@example.jp", null, "企画部", PersonRole.Manager);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SaveAsync_ThenLoadAsync_RoundTripsTheCycleAndItsLaterStages(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        var delivered = new CardDelivery("a:conv-tanaka", "1:act-1", new DateTimeOffset(2026, 12, 21, 9, 0, 0, Jst));
        var cycle = OpenCycle();
        cycle.RecordCardSent(Tanaka.Email, delivered);
        await store.SaveAsync(cycle, CancellationToken.None);

        var loaded = await store.LoadAsync(Q3, CancellationToken.None);
        var suzukis = new CardDelivery("a:conv-suzuki", "1:act-2", new DateTimeOffset(2026, 12, 21, 9, 0, 1, Jst));
        loaded!.RecordCardSent(Suzuki.Email, suzukis);
        loaded.StartFollowUp(new DateTimeOffset(2027, 1, 6, 9, 0, 0, Jst));
        loaded.IssueManagerNotice(new DateTimeOffset(2027, 1, 12, 9, 0, 0, Jst));
        loaded.Close(new DateTimeOffset(2027, 1, 31, 18, 0, 0, Jst));
        await store.SaveAsync(loaded, CancellationToken.None);
        var reloaded = await store.LoadAsync(Q3, CancellationToken.None);

        Assert.Equal(Q3, reloaded!.Quarter);
        Assert.Equal(ReminderCycleState.Closed, reloaded.State);
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 9, 0, 0, Jst), reloaded.OpenedAt);
        Assert.Equal(new DateTimeOffset(2027, 1, 6, 9, 0, 0, Jst), reloaded.FollowUpStartedAt);
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 9, 0, 0, Jst), reloaded.ManagerNoticeIssuedAt);
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 18, 0, 0, Jst), reloaded.ClosedAt);
        Assert.Equal(TimeSpan.Zero, reloaded.OpenedAt.Offset);
        Assert.Equal(
            [new CycleRecipient(Tanaka, ["1-1", "2-1"], delivered, FollowUpDue: true), new CycleRecipient(Suzuki, ["3-1"], suzukis, FollowUpDue: true)],
            reloaded.Recipients,
            RecipientComparer.Instance);
        Assert.Null(await store.LoadAsync(Q3.Next, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SaveAsync_SecondCycleOpenedForTheSameQuarter_ThrowsAndKeepsTheFirst(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var rival = ReminderCycle.Restore(Q3, ReminderCycleState.Open, new DateTimeOffset(2026, 12, 19, 9, 0, 1, Jst), null, null, null, [new CycleRecipient(Suzuki, ["1-1"])], []);

        await Assert.ThrowsAsync<CycleOpenedElsewhereException>(() => store.SaveAsync(rival, CancellationToken.None));

        var stored = await store.LoadAsync(Q3, CancellationToken.None);
        Assert.Equal(OpenCycle().OpenedAt, stored!.OpenedAt);
        Assert.Equal(["1-1", "2-1"], stored.RecipientFor(Tanaka.Email)!.SubThemeKeys);
        Assert.Equal(["3-1"], stored.RecipientFor(Suzuki.Email)!.SubThemeKeys);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SaveAsyncWithMessages_NewCycle_StoresTheCycleAndQueuesItsCardsTogether(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);

        var queued = await store.SaveAsync(OpenCycle(), [Card(Tanaka), Card(Suzuki)], CancellationToken.None);
        var again = await store.SaveAsync((await store.LoadAsync(Q3, CancellationToken.None))!, [Card(Tanaka), Card(Suzuki)], CancellationToken.None);

        Assert.Equal([Card(Suzuki).IdempotencyKey, Card(Tanaka).IdempotencyKey], queued.Order(StringComparer.Ordinal));
        Assert.Empty(again);
        Assert.NotNull(await store.LoadAsync(Q3, CancellationToken.None));
        Assert.Equal(2, (await Outbox(db).ListAsync("2026Q3:", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SaveAsyncWithMessages_QueuingFails_StoresNoCycleEither()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await OutboxStoreTests.RefuseOutboxInsertsAsync(db);
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), PlanSource.FromBytes("plan.txt", "plan"u8), CancellationToken.None);
        var store = Store(db);

        await Assert.ThrowsAsync<SqliteException>(() => store.SaveAsync(OpenCycle(), [Card(Tanaka), Card(Suzuki)], CancellationToken.None));

        Assert.Null(await store.LoadAsync(Q3, CancellationToken.None));
        Assert.Empty(await Outbox(db).ListAsync("", CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SaveAsyncWithMessages_OpenedElsewhereMeanwhile_QueuesNothing(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var rival = ReminderCycle.Restore(Q3, ReminderCycleState.Open, new DateTimeOffset(2026, 12, 19, 9, 0, 1, Jst), null, null, null, [new CycleRecipient(Suzuki, ["1-1"])], []);

        await Assert.ThrowsAsync<CycleOpenedElsewhereException>(() => store.SaveAsync(rival, [Card(Suzuki)], CancellationToken.None));

        Assert.Empty(await Outbox(db).ListAsync("", CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SaveAsyncWithMessages_HundredsOfOwners_StoresEachWithTheirOwnItemsInOrderAndEveryCard(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        string[][] cards = [["1-1", "2-1"], ["3-1"], ["2-1", "1-1", "3-1"]];
        // More owners than one statement takes, and not a multiple of it: whole and partial chunks both run.
        var owners = Enumerable.Range(0, 457)
            .Select(i => new CycleRecipient(new Person($"担当 {i}", $"owner{i}@example.jp", null, "産業振興部", PersonRole.Member), cards[i % cards.Length]))
            .ToArray();
        var cycle = ReminderCycle.Restore(Q3, ReminderCycleState.Open, new DateTimeOffset(2026, 12, 19, 9, 0, 0, Jst), null, null, null, owners, []);

        var queued = await store.SaveAsync(cycle, [.. owners.Select(o => Card(o.Owner))], CancellationToken.None);

        Assert.Equal(457, queued.Count);
        var stored = await store.LoadAsync(Q3, CancellationToken.None);
        Assert.Equal(owners.Select(o => o.Owner.Email), stored!.Recipients.Select(r => r.Owner.Email));
        Assert.All(owners, o => Assert.Equal(o.SubThemeKeys, stored.RecipientFor(o.Owner.Email)!.SubThemeKeys));
        Assert.Equal(457, (await Outbox(db).ListAsync("2026Q3:", CancellationToken.None)).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordCardDeliveryAsync_TwoPartCard_ReadsDeliveredOnlyOnceBothPartsAre(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var first = new CardDelivery("a:conv-tanaka", "1:act-1", new DateTimeOffset(2026, 12, 21, 0, 0, 0, TimeSpan.Zero));
        var second = new CardDelivery("a:conv-tanaka", "1:act-2", new DateTimeOffset(2026, 12, 21, 0, 0, 2, TimeSpan.Zero));

        Assert.True(await store.RecordCardDeliveryAsync(Q3, "TANAKA@example.jp", new CardDeliveryPart(CycleCardKind.Reminder, 1, 2), first, CancellationToken.None));
        var afterFirst = await store.LoadAsync(Q3, CancellationToken.None);
        Assert.True(await store.RecordCardDeliveryAsync(Q3, Tanaka.Email, new CardDeliveryPart(CycleCardKind.Reminder, 2, 2), second, CancellationToken.None));
        var again = await store.RecordCardDeliveryAsync(Q3, Tanaka.Email, new CardDeliveryPart(CycleCardKind.Reminder, 2, 2), first, CancellationToken.None);
        var afterBoth = await store.LoadAsync(Q3, CancellationToken.None);

        Assert.False(again);
        Assert.Null(afterFirst!.RecipientFor(Tanaka.Email)!.Card);
        Assert.Equal(first, afterBoth!.RecipientFor(Tanaka.Email)!.Card);
        Assert.Equal([Suzuki.Email], afterBoth.PendingCards.Select(r => r.Owner.Email));
        Assert.Equal(
            [
                new RecordedCardDelivery(Tanaka.Email, new CardDeliveryPart(CycleCardKind.Reminder, 1, 2), first),
                new RecordedCardDelivery(Tanaka.Email, new CardDeliveryPart(CycleCardKind.Reminder, 2, 2), second),
            ],
            await store.ListCardDeliveriesAsync(Q3, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordCardDeliveryAsync_SomeoneNotAsked_Throws(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var delivery = new CardDelivery("c", "a", DateTimeOffset.UnixEpoch);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordCardDeliveryAsync(Q3, "nobody@example.jp", CardDeliveryPart.Single(CycleCardKind.Reminder), delivery, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordCardDeliveryAsync(Q3.Next, Tanaka.Email, CardDeliveryPart.Single(CycleCardKind.Reminder), delivery, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordSubmissionAsync_FromACard_KeepsWhoWhenAndWhichCard(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var at = new DateTimeOffset(2026, 12, 22, 10, 0, 0, Jst);
        var fromCard = Submission("invoke-1", at, ("1-1", ProgressStatus.OnTrack)) with { CardId = "2026Q3:follow-up:tanaka@example.jp:1" };

        await store.RecordSubmissionAsync(fromCard, CancellationToken.None);
        await store.RecordSubmissionAsync(Submission("invoke-2", at.AddHours(1), ("2-1", ProgressStatus.OnTrack)), CancellationToken.None);

        await using var context = db.NewContext();
        Assert.Equal(
            [("invoke-1", Tanaka.Email, at.UtcDateTime, "2026Q3:follow-up:tanaka@example.jp:1"), ("invoke-2", Tanaka.Email, at.AddHours(1).UtcDateTime, null)],
            context.ProgressSubmissions.OrderBy(s => s.Id).AsEnumerable().Select(s => (s.SubmissionId, s.ReporterEmail, s.SubmittedAtUtc, s.CardId)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordSubmissionAsync_SameSubmissionTwice_StoresOneSetOfReports(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var submission = Submission("invoke-1", new DateTimeOffset(2026, 12, 22, 10, 0, 0, Jst), ("1-1", ProgressStatus.OnTrack), ("2-1", ProgressStatus.Delayed));

        var first = await store.RecordSubmissionAsync(submission, CancellationToken.None);
        var second = await store.RecordSubmissionAsync(submission, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal([submission.Reports[0]], await db.Progress.ListAsync("1-1", CancellationToken.None));
        Assert.Equal([submission.Reports[1]], await db.Progress.ListAsync("2-1", CancellationToken.None));
        var cycle = await store.LoadAsync(Q3, CancellationToken.None);
        Assert.Equal(
            [new ItemAnswer("1-1", Tanaka.Email, submission.Id, submission.SubmittedAt), new ItemAnswer("2-1", Tanaka.Email, submission.Id, submission.SubmittedAt)],
            cycle!.Answers.OrderBy(a => a.SubThemeKey, StringComparer.Ordinal));
        Assert.Equal([Suzuki.Email], cycle.UnansweredOwners.Select(u => u.Owner.Email));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task LoadAsync_SeveralSubmissions_TheLatestPerSubThemeIsTheAnswer(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var later = Submission("later", new DateTimeOffset(2026, 12, 23, 0, 0, 0, TimeSpan.Zero), ("1-1", ProgressStatus.Completed));
        var earlier = Submission("earlier", new DateTimeOffset(2026, 12, 22, 0, 0, 0, TimeSpan.Zero), ("1-1", ProgressStatus.OnTrack), ("2-1", ProgressStatus.OnTrack));

        await store.RecordSubmissionAsync(later, CancellationToken.None);
        await store.RecordSubmissionAsync(earlier, CancellationToken.None);

        var answers = (await store.LoadAsync(Q3, CancellationToken.None))!.Answers.ToDictionary(a => a.SubThemeKey, a => a.SubmissionId.Value);
        Assert.Equal("later", answers["1-1"]);
        Assert.Equal("earlier", answers["2-1"]);
        var owners = (await store.LoadForOwnerAsync(Q3, Tanaka.Email, CancellationToken.None))!.Answers.ToDictionary(a => a.SubThemeKey, a => a.SubmissionId.Value);
        Assert.Equal(answers, owners);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task LoadForOwnerAsync_SubmissionsAtTheSameInstant_TheOneStoredLastIsTheAnswer(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var at = new DateTimeOffset(2026, 12, 22, 0, 0, 0, TimeSpan.Zero);

        await store.RecordSubmissionAsync(Submission("first", at, ("1-1", ProgressStatus.OnTrack)), CancellationToken.None);
        await store.RecordSubmissionAsync(Submission("second", at, ("1-1", ProgressStatus.Delayed)), CancellationToken.None);

        var answer = Assert.Single((await store.LoadForOwnerAsync(Q3, Tanaka.Email, CancellationToken.None))!.Answers);
        Assert.Equal("second", answer.SubmissionId.Value);
        Assert.Equal("second", Assert.Single((await store.LoadAsync(Q3, CancellationToken.None))!.Answers).SubmissionId.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordSubmissionAsync_UnknownSubThemeKey_ThrowsAndStoresNothing(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var submission = Submission("bad", new DateTimeOffset(2026, 12, 22, 0, 0, 0, TimeSpan.Zero), ("1-1", ProgressStatus.OnTrack), ("9-9", ProgressStatus.OnTrack));

        await Assert.ThrowsAsync<ArgumentException>(() => store.RecordSubmissionAsync(submission, CancellationToken.None));

        Assert.Empty(await db.Progress.ListAsync("1-1", CancellationToken.None));
        Assert.True(await store.RecordSubmissionAsync(submission with { Reports = [submission.Reports[0]] }, CancellationToken.None));
    }

    [Fact]
    public async Task RecordSubmissionAsync_ManyAtOnceOnSqlite_OneCommitStoresEachOnceAndABadOneFailsAlone()
    {
        var commits = new CommitCounter();
        await using var db = await TempPlanDatabase.CreateAsync(configureContext: options => options.AddInterceptors(commits));
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), PlanSource.FromBytes("plan.txt", "plan"u8), CancellationToken.None);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var at = new DateTimeOffset(2026, 12, 22, 10, 0, 0, Jst);
        var submissions = Enumerable.Range(0, 20)
            .Select(i => Submission($"many-{i}", at.AddSeconds(i), ("1-1", (ProgressStatus)(i % 4))))
            .ToList();
        var unknownKey = Submission("unknown-key", at.AddSeconds(30), ("1-1", ProgressStatus.OnTrack), ("9-9", ProgressStatus.OnTrack));
        var gate = db.Services.GetRequiredService<SqliteWriteGate>();

        // With the gate held, every answer queues behind it; the first let in writes them all in one transaction.
        Task<bool>[] recorded;
        Task<bool> redelivered;
        Task<bool> failing;
        var before = commits.Count;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            recorded = [.. submissions.Select(s => store.RecordSubmissionAsync(s, CancellationToken.None))];
            redelivered = store.RecordSubmissionAsync(submissions[3], CancellationToken.None);
            failing = store.RecordSubmissionAsync(unknownKey, CancellationToken.None);
            Task[] all = [.. recorded, redelivered, failing];
            while (gate.Waiting < all.Length && !all.Any(t => t.IsCompleted))
            {
                await Task.Yield();
            }
        }

        Assert.All(await Task.WhenAll(recorded), Assert.True);
        Assert.False(await redelivered);
        await Assert.ThrowsAsync<ArgumentException>(() => failing);
        Assert.Equal(submissions.Select(s => s.Reports[0]), await db.Progress.ListAsync("1-1", CancellationToken.None));
        var answer = Assert.Single((await store.LoadForOwnerAsync(Q3, Tanaka.Email, CancellationToken.None))!.Answers);
        Assert.Equal(submissions[^1].Id, answer.SubmissionId);
        Assert.Equal(1, commits.Count - before);
    }

    private sealed class CommitCounter : DbTransactionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordSubmissionAsync_QuarterWithoutCycle_Throws(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store(db).RecordSubmissionAsync(
            Submission("x", DateTimeOffset.UnixEpoch, ("1-1", ProgressStatus.OnTrack)), CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordSubmissionAsync_SameAnswersFromTheSameCardWithinAMinute_StoresThemOnce(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        await store.SaveAsync(OpenCycle(), CancellationToken.None);
        var at = new DateTimeOffset(2026, 12, 22, 10, 0, 0, Jst);
        var first = Submission("click-1", at, ("1-1", ProgressStatus.OnTrack)) with { CardId = "2026Q3:reminder:tanaka@example.jp:1" };
        var doubleClick = Submission("click-2", at.AddSeconds(2), ("1-1", ProgressStatus.OnTrack)) with { CardId = first.CardId };
        var changedMind = Submission("click-3", at.AddSeconds(5), ("1-1", ProgressStatus.Delayed)) with { CardId = first.CardId };
        var sameAgainLater = Submission("click-4", at.AddSeconds(5).Add(ProgressSubmission.RepeatWindow).AddSeconds(1), ("1-1", ProgressStatus.Delayed)) with { CardId = first.CardId };

        Assert.True(await store.RecordSubmissionAsync(first, CancellationToken.None));
        Assert.False(await store.RecordSubmissionAsync(doubleClick, CancellationToken.None));
        Assert.True(await store.RecordSubmissionAsync(changedMind, CancellationToken.None));
        Assert.True(await store.RecordSubmissionAsync(sameAgainLater, CancellationToken.None));

        await using var context = db.NewContext();
        Assert.Equal(["click-1", "click-3", "click-4"], context.ProgressSubmissions.OrderBy(s => s.Id).Select(s => s.SubmissionId).ToList());
        Assert.Equal(3, (await db.Progress.ListAsync("1-1", CancellationToken.None)).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task LoadForOwnerAsync_OneOwnersCard_HoldsThatOwnerAndTheAnswersOfTheirItemsOnly(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var store = Store(db);
        var delivered = new CardDelivery("a:conv-tanaka", "1:act-1", new DateTimeOffset(2026, 12, 21, 9, 0, 0, Jst));
        var cycle = OpenCycle();
        cycle.RecordCardSent(Tanaka.Email, delivered);
        await store.SaveAsync(cycle, CancellationToken.None);
        var tanakas = Submission("t", new DateTimeOffset(2026, 12, 22, 10, 0, 0, Jst), ("2-1", ProgressStatus.OnTrack));
        var suzukis = Submission("s", new DateTimeOffset(2026, 12, 22, 11, 0, 0, Jst), ("3-1", ProgressStatus.Delayed)) with { ReporterEmail = Suzuki.Email };
        await store.RecordSubmissionAsync(tanakas, CancellationToken.None);
        await store.RecordSubmissionAsync(suzukis, CancellationToken.None);

        var slice = await store.LoadForOwnerAsync(Q3, "TANAKA@example.jp", CancellationToken.None);

        Assert.NotNull(slice);
        Assert.Equal(ReminderCycleState.Open, slice.State);
        Assert.Equal([new CycleRecipient(Tanaka, ["1-1", "2-1"], delivered)], slice.Recipients, RecipientComparer.Instance);
        Assert.Equal([new ItemAnswer("2-1", Tanaka.Email, tanakas.Id, tanakas.SubmittedAt)], slice.Answers);
        Assert.Empty((await store.LoadForOwnerAsync(Q3, "nobody@example.jp", CancellationToken.None))!.Recipients);
        Assert.Null(await store.LoadForOwnerAsync(Q3.Next, Tanaka.Email, CancellationToken.None));
    }

    private static ReminderCycle OpenCycle() => ReminderCycle.Restore(
        Q3,
        ReminderCycleState.Open,
        new DateTimeOffset(2026, 12, 19, 9, 0, 0, Jst),
        null,
        null,
        null,
        [new CycleRecipient(Tanaka, ["1-1", "2-1"]), new CycleRecipient(Suzuki, ["3-1"])],
        []);

    private static ProgressSubmission Submission(string id, DateTimeOffset at, params (string Key, ProgressStatus Status)[] items) => new(
        new SubmissionId(id),
        Q3,
        Tanaka.Email,
        at,
        items.Select(i => new ProgressReport(i.Key, Q3, i.Status, 40, "コメント", Tanaka.Email, at.ToUniversalTime())).ToArray());

    private static OutboxEntry Card(Person owner) => new(OutboxKinds.ReminderCard, $"2026Q3:reminder:{owner.Email}:1", owner.Email, null, "{}");

    private static IOutbox Outbox(TempPlanDatabase db) => db.Services.GetRequiredService<IOutbox>();

    private static IReminderCycleStore Store(TempPlanDatabase db) => db.Services.GetRequiredService<IReminderCycleStore>();

    private static async Task<TempPlanDatabase> SeededAsync(PlanStoreProvider provider)
    {
        var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), PlanSource.FromBytes("plan.txt", "plan"u8), CancellationToken.None);
        return db;
    }

    /// <summary>Records with list members compare by reference; this compares what a recipient holds.</summary>
    private sealed class RecipientComparer : IEqualityComparer<CycleRecipient>
    {
        public static RecipientComparer Instance { get; } = new();

        public bool Equals(CycleRecipient? x, CycleRecipient? y) =>
            x is not null && y is not null && x.Owner == y.Owner && x.SubThemeKeys.SequenceEqual(y.SubThemeKeys)
            && x.Card == y.Card && x.FollowUpDue == y.FollowUpDue && x.FollowUpCard == y.FollowUpCard;

        public int GetHashCode(CycleRecipient obj) => obj.Owner.GetHashCode();
    }
}
