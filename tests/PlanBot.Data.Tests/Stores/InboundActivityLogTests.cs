using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Domain.Conversations;
using PlanBot.Testing;

namespace PlanBot.Data.Tests.Stores;

public sealed class InboundActivityLogTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryRecordAsync_SameKeyWithinTheWindow_IsADuplicateUntilItExpires(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var log = db.Services.GetRequiredService<IInboundActivityLog>();
        var now = db.Clock.GetUtcNow();

        Assert.True(await log.TryRecordAsync("msteams|a:1|act-1", now, Window, CancellationToken.None));
        Assert.False(await log.TryRecordAsync("msteams|a:1|act-1", now + TimeSpan.FromMinutes(14), Window, CancellationToken.None));
        Assert.True(await log.TryRecordAsync("msteams|a:1|act-2", now, Window, CancellationToken.None));
        Assert.True(await log.TryRecordAsync("msteams|a:1|act-1", now + Window, Window, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task TryRecordAsync_OneKeyFromManyInstancesAtOnce_GoesAheadOnce(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var log = db.Services.GetRequiredService<IInboundActivityLog>();
        var now = db.Clock.GetUtcNow();

        var ahead = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => log.TryRecordAsync("msteams|a:1|act-1", now, Window, CancellationToken.None)));

        Assert.Single(ahead, first => first);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ForgetAndPurge_RemoveWhatTheySay(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var log = db.Services.GetRequiredService<IInboundActivityLog>();
        var now = db.Clock.GetUtcNow();
        await log.TryRecordAsync("old", now - Window, Window, CancellationToken.None);
        await log.TryRecordAsync("live", now, Window, CancellationToken.None);
        await log.TryRecordAsync("refused", now, Window, CancellationToken.None);

        await log.ForgetAsync("refused", CancellationToken.None);
        Assert.Equal(1, await log.PurgeExpiredAsync(now, CancellationToken.None));

        Assert.True(await log.TryRecordAsync("refused", now, Window, CancellationToken.None));
        Assert.False(await log.TryRecordAsync("live", now, Window, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task IsRecordedAsync_LiveKeysOnly_AndRecordsNothing(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var log = db.Services.GetRequiredService<IInboundActivityLog>();
        var now = db.Clock.GetUtcNow();
        await log.TryRecordAsync("live", now, Window, CancellationToken.None);
        await log.TryRecordAsync("expired", now - Window, Window, CancellationToken.None);

        Assert.True(await log.IsRecordedAsync("live", now, CancellationToken.None));
        Assert.False(await log.IsRecordedAsync("expired", now, CancellationToken.None));
        Assert.False(await log.IsRecordedAsync("unknown", now, CancellationToken.None));
        Assert.True(await log.TryRecordAsync("unknown", now, Window, CancellationToken.None));
    }
}
