using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Rows;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Tests.Stores;

public sealed class RosterStoreTests
{
    private static readonly Person Tanaka = new("田中 一郎", "tanaka@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01", "産業振興部", PersonRole.Member);
    private static readonly Person Suzuki = new("鈴木 花子", "Suzuki@Example.jp", null, "企画部", PersonRole.Manager);
    private static readonly Person Sato = new("佐藤 次郎", "sato@example.jp", null, null, PersonRole.Admin);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReplaceRosterAsync_SecondRoster_ReplacesTheFirstWholeInFileOrder(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var store = Store(db);
        await store.ReplaceRosterAsync([Tanaka, Suzuki], CancellationToken.None);

        await store.ReplaceRosterAsync([Sato, Tanaka with { Department = "企画部" }], CancellationToken.None);

        var loaded = await store.LoadAsync(CancellationToken.None);
        Assert.Equal([Sato, Tanaka with { Department = "企画部" }], loaded.People.People);
        Assert.Same(loaded.People.People[1], loaded.People.FindByEmail("TANAKA@example.jp"));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReplaceRosterAsync_EmailsDifferingOnlyInCase_ThrowsAndKeepsThePreviousRoster(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var store = Store(db);
        await store.ReplaceRosterAsync([Tanaka], CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceRosterAsync([Suzuki, Sato with { Email = "suzuki@example.JP" }], CancellationToken.None));

        Assert.Equal([Tanaka], (await store.LoadAsync(CancellationToken.None)).People.People);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReplaceRosterAsync_WriteFailsAfterTheOldRosterWasDeleted_KeepsThePreviousRoster(PlanStoreProvider provider)
    {
        var failing = new FailPeopleInsertInterceptor();
        await using var db = await TempPlanDatabase.CreateAsync(provider, configureContext: options => options.AddInterceptors(failing));
        var store = Store(db);
        await store.ReplaceRosterAsync([Tanaka, Suzuki], CancellationToken.None);
        failing.Armed = true;

        await Assert.ThrowsAsync<IOException>(() => store.ReplaceRosterAsync([Sato], CancellationToken.None));

        Assert.Equal([Tanaka, Suzuki], (await store.LoadAsync(CancellationToken.None)).People.People);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task PeopleTable_TwoEmailsDifferingOnlyInCase_IsRefusedByTheDatabase(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await using var context = db.NewContext();
        context.People.Add(new PersonRow { Name = "a", Email = "tanaka@example.jp" });
        context.People.Add(new PersonRow { Name = "b", Email = "TANAKA@example.jp", Ordinal = 1 });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReplaceAssignmentsAsync_NewFile_ReplacesTheOldAssignmentsAndAnEmptyOneClearsThem(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var store = Store(db);
        await store.ReplaceAssignmentsAsync([new OwnerAssignment(1, null, "tanaka@example.jp")], CancellationToken.None);
        OwnerAssignment[] second = [new(2, 2, "suzuki@example.jp"), new(2, null, "sato@example.jp")];

        await store.ReplaceAssignmentsAsync(second, CancellationToken.None);
        var afterSecond = (await store.LoadAsync(CancellationToken.None)).Assignments;
        await store.ReplaceAssignmentsAsync([], CancellationToken.None);

        Assert.Equal(second, afterSecond);
        Assert.Empty((await store.LoadAsync(CancellationToken.None)).Assignments);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReplaceRosterAsync_DropsAnAssignedPerson_KeepsTheAssignmentAsStale(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), PlanSource.FromBytes("plan.txt", "plan"u8), CancellationToken.None);
        var store = Store(db);
        await store.ReplaceRosterAsync([Tanaka, Sato], CancellationToken.None);
        await store.ReplaceAssignmentsAsync([new OwnerAssignment(2, 1, Sato.Email)], CancellationToken.None);

        await store.ReplaceRosterAsync([Tanaka], CancellationToken.None);

        var roster = await store.LoadAsync(CancellationToken.None);
        var ownership = Ownership.Resolve((await db.Plans.LoadPlanAsync(CancellationToken.None))!, roster.People, roster.Assignments);
        Assert.Equal([new OwnerAssignment(2, 1, Sato.Email)], ownership.StaleAssignments);
        Assert.Contains(ownership.Unowned, u => u.SubThemeKey == "2-1");
    }

    private static IRosterStore Store(TempPlanDatabase db) => db.Services.GetRequiredService<IRosterStore>();

    /// <summary>Fails the save that inserts people, after the store has already deleted the old roster in its transaction.</summary>
    private sealed class FailPeopleInsertInterceptor : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Armed && eventData.Context!.ChangeTracker.Entries<PersonRow>().Any(e => e.State == EntityState.Added)
                ? throw new IOException("disk full")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
