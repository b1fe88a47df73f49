using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Stores;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;

namespace PlanBot.Data.Tests.Stores;

public sealed class LeaseStoreTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryAcquireAsync_HeldByAnother_RefusedUntilItLapsesThenTakenOver(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var leases = db.Services.GetRequiredService<LeaseStore>();
        var now = db.Clock.GetUtcNow();

        Assert.True(await leases.TryAcquireAsync("sender", "a", now, Duration, CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync("sender", "b", now + TimeSpan.FromSeconds(29), Duration, CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync("sender", "a", now + TimeSpan.FromSeconds(29), Duration, CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync("sender", "b", now + TimeSpan.FromSeconds(58), Duration, CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync("sender", "b", now + TimeSpan.FromSeconds(59), Duration, CancellationToken.None));

        Assert.Equal(("b", now + TimeSpan.FromSeconds(89)), await leases.FindAsync("sender", CancellationToken.None));
        Assert.False(await leases.TryAcquireAsync("sender", "a", now + TimeSpan.FromSeconds(60), Duration, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ReleaseAsync_ByTheHolder_LetsAnotherTakeItAtOnce(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var leases = db.Services.GetRequiredService<LeaseStore>();
        var now = db.Clock.GetUtcNow();
        await leases.TryAcquireAsync("sender", "a", now, Duration, CancellationToken.None);

        await leases.ReleaseAsync("sender", "b", CancellationToken.None);
        Assert.False(await leases.TryAcquireAsync("sender", "b", now, Duration, CancellationToken.None));
        await leases.ReleaseAsync("sender", "a", CancellationToken.None);

        Assert.True(await leases.TryAcquireAsync("sender", "b", now, Duration, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryAcquireAsync_ManyContendersAtOnce_OneWins(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var leases = db.Services.GetRequiredService<LeaseStore>();
        var now = db.Clock.GetUtcNow();

        var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => leases.TryAcquireAsync("sender", $"instance-{i}", now, Duration, CancellationToken.None)));

        Assert.Single(won, taken => taken);
    }
}
