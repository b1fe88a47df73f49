using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Stores;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.Conversations;

namespace PlanBot.Data.Tests.Stores;

public sealed class ConversationStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertAsync_LaterActivityWithoutSomeFields_KeepsWhatWasKnownAndRefreshesTheRest(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Personal("a:1") with { UserName = "山田 花子", Locale = "ja-JP" }, CancellationToken.None);

        await db.Conversations.UpsertAsync(
            Personal("a:1") with { ServiceUrl = "https://smba.trafficmanager.net/jp/", TimeZone = "Asia/Tokyo", UpdatedAt = Monday.AddDays(1) },
            CancellationToken.None);

        var stored = await db.Conversations.FindAsync("a:1", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("山田 花子", stored.UserName);
        Assert.Equal("ja-JP", stored.Locale);
        Assert.Equal("Asia/Tokyo", stored.TimeZone);
        Assert.Equal("https://smba.trafficmanager.net/jp/", stored.ServiceUrl);
        Assert.Equal(Monday.AddDays(1), stored.UpdatedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertAsync_SameAddressAgain_WritesNothing(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Personal("a:1") with { UserName = "山田 花子" }, CancellationToken.None);

        // A later turn from the conversation as stored (and one that leaves fields out) changes nothing, not even the time.
        await db.Conversations.UpsertAsync(Personal("a:1") with { UserName = "山田 花子", UpdatedAt = Monday.AddDays(1) }, CancellationToken.None);
        await db.Conversations.UpsertAsync(Personal("a:1") with { UserName = null, UpdatedAt = Monday.AddDays(2) }, CancellationToken.None);

        Assert.Equal(Monday, (await db.Conversations.FindAsync("a:1", CancellationToken.None))!.UpdatedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertAsync_SameAddressWithinTheWindow_ReadsNothingAndAfterItStoresItAgain(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var address = Personal("a:1") with { UserName = "山田 花子" };
        await db.Conversations.UpsertAsync(address, CancellationToken.None);

        // Another instance moves the row meanwhile (PostgreSQL): this process's next turns within the window do not read it.
        await using (var other = db.NewContext())
        {
            await other.Conversations.Where(c => c.ConversationId == "a:1").ExecuteUpdateAsync(s => s.SetProperty(c => c.UserName, "別の名前"));
        }

        db.Clock.Advance(ConversationStore.RecentlyStoredWindow / 2);
        await db.Conversations.UpsertAsync(address with { UpdatedAt = Monday.AddMinutes(1) }, CancellationToken.None);
        Assert.Equal("別の名前", (await db.Conversations.FindAsync("a:1", CancellationToken.None))!.UserName);

        // A changed address is stored at once, and after the window the same one is stored again.
        await db.Conversations.UpsertAsync(address with { Locale = "ja-JP" }, CancellationToken.None);
        Assert.Equal(("山田 花子", "ja-JP"), (await db.Conversations.FindAsync("a:1", CancellationToken.None)) is { } changed ? (changed.UserName, changed.Locale) : default);
        await using (var other = db.NewContext())
        {
            await other.Conversations.Where(c => c.ConversationId == "a:1").ExecuteUpdateAsync(s => s.SetProperty(c => c.UserName, "別の名前"));
        }

        db.Clock.Advance(ConversationStore.RecentlyStoredWindow);
        await db.Conversations.UpsertAsync(address with { Locale = "ja-JP" }, CancellationToken.None);
        Assert.Equal("山田 花子", (await db.Conversations.FindAsync("a:1", CancellationToken.None))!.UserName);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertAsync_AfterTheStateWasSet_StoresTheAddressAgain(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Personal("a:1"), CancellationToken.None);
        await db.Conversations.SetStateAsync("a:1", ConversationState.Removed, Monday, CancellationToken.None);

        // Added again: the next turn, within the window, makes the chat active.
        await db.Conversations.UpsertAsync(Personal("a:1"), CancellationToken.None);

        Assert.Equal(ConversationState.Active, (await db.Conversations.FindAsync("a:1", CancellationToken.None))?.State);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task UpsertAsync_FirstContactRecordedByManyTurnsAtOnce_StoresOneRowWithoutAnError(PlanStoreProvider provider)
    {
        var logs = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var db = await TempPlanDatabase.CreateAsync(provider, configureContext: options => options.LogTo(logs.Enqueue, Microsoft.Extensions.Logging.LogLevel.Error));

        // conversationUpdate and installationUpdate of a first contact arrive together; each carries part of the address.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => db.Conversations.UpsertAsync(
            Personal("a:new") with { Locale = i % 2 == 0 ? "ja-JP" : null, UserName = i % 2 == 1 ? "山田 花子" : null },
            CancellationToken.None))));

        var stored = Assert.Single(await db.Conversations.ListAsync(ConversationKind.Personal, CancellationToken.None));
        Assert.Equal(("a:new", "ja-JP", "山田 花子"), (stored.ConversationId, stored.Locale, stored.UserName));
        Assert.Empty(logs);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task FindPersonalAsync_ByEntraObjectId_FindsTheUsersChatOnly(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Personal("a:1"), CancellationToken.None);
        await db.Conversations.UpsertAsync(Personal("a:2") with { UserAadObjectId = "other" }, CancellationToken.None);
        await db.Conversations.UpsertAsync(Channel("19:general", "team-1"), CancellationToken.None);

        var found = await db.Conversations.FindPersonalAsync("aad-1", CancellationToken.None);

        Assert.Equal("a:1", found?.ConversationId);
        Assert.Null(await db.Conversations.FindPersonalAsync("nobody", CancellationToken.None));
    }

    [Theory]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E", "{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5BD9CB469FA16570867728950E")]
    public async Task FindPersonalAsync_EntraIdWrittenDifferently_FindsTheSameChat(string fromTeams, string fromRoster)
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await db.Conversations.UpsertAsync(Personal("a:1") with { UserAadObjectId = fromTeams }, CancellationToken.None);

        var found = await db.Conversations.FindPersonalAsync(fromRoster, CancellationToken.None);

        Assert.Equal("a:1", found?.ConversationId);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", found?.UserAadObjectId);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SetTeamStateAsync_TeamUninstalled_MarksEveryChannelOfThatTeamOnly(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Channel("19:general", "team-1"), CancellationToken.None);
        await db.Conversations.UpsertAsync(Channel("19:digest", "team-1"), CancellationToken.None);
        await db.Conversations.UpsertAsync(Channel("19:other", "team-2"), CancellationToken.None);

        await db.Conversations.SetTeamStateAsync("team-1", ConversationState.Removed, Monday, CancellationToken.None);

        var channels = await db.Conversations.ListAsync(ConversationKind.Channel, CancellationToken.None);
        Assert.Equal(
            ["19:digest=Removed", "19:general=Removed", "19:other=Active"],
            channels.Select(c => $"{c.ConversationId}={c.State}"));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task SetStateAsync_Blocked_IsWhatALaterReadSees(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Personal("a:1"), CancellationToken.None);

        await db.Conversations.SetStateAsync("a:1", ConversationState.Blocked, Monday, CancellationToken.None);

        Assert.Equal(ConversationState.Blocked, (await db.Conversations.FindAsync("a:1", CancellationToken.None))?.State);
    }

    [SkippableTheory]
    [InlineData(PlanStoreProvider.Sqlite, "https://smba.trafficmanager.net/jp/", true)]
    [InlineData(PlanStoreProvider.Sqlite, "HTTPS://SMBA.trafficmanager.net/jp", true)]
    [InlineData(PlanStoreProvider.Sqlite, "https://smba.trafficmanager.net/amer/", false)]
    [InlineData(PlanStoreProvider.Sqlite, "https://evil.example.com/jp/", false)]
    [InlineData(PlanStoreProvider.PostgreSql, "https://smba.trafficmanager.net/jp/", true)]
    [InlineData(PlanStoreProvider.PostgreSql, "HTTPS://SMBA.trafficmanager.net/jp", true)]
    [InlineData(PlanStoreProvider.PostgreSql, "https://smba.trafficmanager.net/amer/", false)]
    [InlineData(PlanStoreProvider.PostgreSql, "https://evil.example.com/jp/", false)]
    public async Task IsKnownServiceUrlAsync_ComparesWithoutCaseOrTrailingSlash(PlanStoreProvider provider, string url, bool known)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Conversations.UpsertAsync(Personal("a:1") with { ServiceUrl = "https://smba.trafficmanager.net/jp/" }, CancellationToken.None);

        Assert.Equal(known, await db.Conversations.IsKnownServiceUrlAsync(url, CancellationToken.None));
    }

    private static ConversationAddress Personal(string id) => new()
    {
        ConversationId = id,
        Kind = ConversationKind.Personal,
        ServiceUrl = "https://smba.trafficmanager.net/jp/",
        ChannelId = "msteams",
        TenantId = "tenant",
        BotId = "28:bot",
        UserId = "29:user",
        UserAadObjectId = "aad-1",
        UpdatedAt = Monday,
    };

    private static ConversationAddress Channel(string id, string teamId) => new()
    {
        ConversationId = id,
        Kind = ConversationKind.Channel,
        ServiceUrl = "https://smba.trafficmanager.net/jp/",
        ChannelId = "msteams",
        TeamId = teamId,
        UpdatedAt = Monday,
    };
}
