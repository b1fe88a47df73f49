using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.Digest;

namespace PlanBot.Data.Tests.Stores;

public sealed class DigestChannelStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ChooseAsync_NewChannel_IsReadBackActiveWithWhoAndWhen(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);

        var replaced = await Store(db).ChooseAsync("19:digest@thread.tacv2", "team-1", "admin@example.com", Monday, CancellationToken.None);

        Assert.Null(replaced);
        var stored = await Store(db).FindAsync("19:digest@thread.tacv2", CancellationToken.None);
        Assert.Equal(new DigestChannel("19:digest@thread.tacv2", "team-1", "admin@example.com", Monday, true, null, null, null), stored);
        Assert.Equal(["19:digest@thread.tacv2"], (await Store(db).ListActiveAsync(CancellationToken.None)).Select(c => c.ChannelId));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ChooseAsync_AnotherChannelOfTheSameTeam_StopsTheFirstAndLeavesOtherTeamsAlone(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await Store(db).ChooseAsync("19:a", "team-1", "admin@example.com", Monday, CancellationToken.None);
        await Store(db).ChooseAsync("19:other-team", "team-2", "admin@example.com", Monday.AddMinutes(1), CancellationToken.None);

        var replaced = await Store(db).ChooseAsync("19:b", "team-1", "boss@example.com", Monday.AddMinutes(2), CancellationToken.None);

        Assert.Equal("19:a", replaced);
        Assert.Equal(["19:other-team", "19:b"], (await Store(db).ListActiveAsync(CancellationToken.None)).Select(c => c.ChannelId));
        var first = await Store(db).FindAsync("19:a", CancellationToken.None);
        Assert.False(first!.IsActive);
        Assert.Equal("boss@example.com", first.StoppedByEmail);
        Assert.Equal(Monday.AddMinutes(2), first.StoppedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task StopAsync_ActiveChannel_StopsItOnceAndKeepsTheRecord(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await Store(db).ChooseAsync("19:a", "team-1", "admin@example.com", Monday, CancellationToken.None);

        var first = await Store(db).StopAsync("19:a", "admin@example.com", Monday.AddDays(1), CancellationToken.None);
        var second = await Store(db).StopAsync("19:a", "admin@example.com", Monday.AddDays(2), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Empty(await Store(db).ListActiveAsync(CancellationToken.None));
        var stored = await Store(db).FindAsync("19:a", CancellationToken.None);
        Assert.Equal(Monday.AddDays(1), stored!.StoppedAt);
        Assert.False(await Store(db).StopAsync("19:never-chosen", "admin@example.com", Monday, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ChooseAsync_StoppedChannelChosenAgain_IsActiveAndKeepsItsLastPost(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await Store(db).ChooseAsync("19:a", "team-1", "admin@example.com", Monday, CancellationToken.None);
        await Store(db).RecordPostedAsync("19:a", Monday.AddHours(1), CancellationToken.None);
        await Store(db).StopAsync("19:a", "admin@example.com", Monday.AddDays(1), CancellationToken.None);

        await Store(db).ChooseAsync("19:a", "team-1", "admin@example.com", Monday.AddDays(3), CancellationToken.None);

        var stored = await Store(db).FindAsync("19:a", CancellationToken.None);
        Assert.Equal(new DigestChannel("19:a", "team-1", "admin@example.com", Monday.AddDays(3), true, null, null, Monday.AddHours(1)), stored);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task RecordPostedAsync_OlderInstantAfterANewerOne_KeepsTheNewer(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await Store(db).ChooseAsync("19:a", "team-1", "admin@example.com", Monday, CancellationToken.None);

        await Store(db).RecordPostedAsync("19:a", Monday.AddDays(7), CancellationToken.None);
        await Store(db).RecordPostedAsync("19:a", Monday, CancellationToken.None);

        Assert.Equal(Monday.AddDays(7), (await Store(db).FindAsync("19:a", CancellationToken.None))!.LastPostedAt);
    }

    private static IDigestChannelStore Store(TempPlanDatabase db) => db.Services.GetRequiredService<IDigestChannelStore>();
}
