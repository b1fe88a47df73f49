using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Teams.Conversations;

namespace PlanBot.Teams.Tests.Conversations;

public sealed class ConversationRecorderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);
    /// <summary>A validated channel token's identity, as every activity from Teams carries.</summary>
    private static readonly ClaimsIdentity Authenticated = new([new Claim("aud", "app-id")], "Bearer");

    private readonly RecordingConversationStore _store = new();
    private readonly ConversationRecorder _recorder;

    public ConversationRecorderTests() => _recorder = new ConversationRecorder(_store, new FakeTimeProvider(Now));

    [Fact]
    public async Task RecordAsync_PersonalMessage_StoresTheUserAndWhereToReachThem()
    {
        await _recorder.RecordAsync(Personal(ActivityTypes.Message), Authenticated, CancellationToken.None);

        var stored = Assert.Single(_store.Upserts);
        Assert.Equal("a:chat", stored.ConversationId);
        Assert.Equal(ConversationKind.Personal, stored.Kind);
        Assert.Equal("29:user", stored.UserId);
        Assert.Equal("aad-user", stored.UserAadObjectId);
        Assert.Equal("28:bot", stored.BotId);
        Assert.Equal("tenant-1", stored.TenantId);
        Assert.Equal("Asia/Tokyo", stored.TimeZone);
        Assert.Equal("ja-JP", stored.Locale);
        Assert.Equal(Now, stored.UpdatedAt);
    }

    [Fact]
    public async Task RecordAsync_UnauthenticatedActivityNamingAnotherHost_KeepsTheStoredServiceUrl()
    {
        _store.Stored["a:chat"] = ConversationRecorder.AddressOf(Personal(ActivityTypes.Message), Now);
        var moved = Personal(ActivityTypes.Message) with { ServiceUrl = "https://attacker.example/", Locale = "en-US" };

        await _recorder.RecordAsync(moved, new ClaimsIdentity(), CancellationToken.None);

        var stored = Assert.Single(_store.Upserts);
        Assert.Equal("https://smba.trafficmanager.net/jp/", stored.ServiceUrl);
        Assert.Equal("en-US", stored.Locale);
    }

    [Fact]
    public async Task RecordAsync_UnauthenticatedActivityOfAnUnknownConversationNamingAnotherHost_RecordsNothing()
    {
        await _recorder.RecordAsync(Personal(ActivityTypes.Message) with { ServiceUrl = "https://attacker.example/" }, new ClaimsIdentity(), CancellationToken.None);

        Assert.Empty(_store.Upserts);
    }

    [Fact]
    public async Task RecordAsync_LocalModeActivityNamingALoopbackService_RecordsItsAddress()
    {
        await _recorder.RecordAsync(Personal(ActivityTypes.Message) with { ServiceUrl = "http://127.0.0.1:56150/" }, new ClaimsIdentity(), CancellationToken.None);

        Assert.Equal("http://127.0.0.1:56150/", Assert.Single(_store.Upserts).ServiceUrl);
    }

    [Fact]
    public async Task RecordAsync_ChannelThreadMessage_StoresTheChannelNotTheThread()
    {
        var activity = Channel(ActivityTypes.Message) with
        {
            Conversation = new ConversationAccount { Id = "19:general@thread.tacv2;messageid=1700000000000", ConversationType = "channel" },
        };

        await _recorder.RecordAsync(activity, Authenticated, CancellationToken.None);

        var stored = Assert.Single(_store.Upserts);
        Assert.Equal("19:general@thread.tacv2", stored.ConversationId);
        Assert.Equal(ConversationKind.Channel, stored.Kind);
        Assert.Equal("team-1", stored.TeamId);
        Assert.Null(stored.UserAadObjectId);
    }

    [Fact]
    public async Task RecordAsync_AppRemovedFromTeam_MarksTheWholeTeamRemoved()
    {
        var activity = Channel(ActivityTypes.InstallationUpdate) with { Action = InstallationActions.Remove };

        await _recorder.RecordAsync(activity, Authenticated, CancellationToken.None);

        Assert.Empty(_store.Upserts);
        Assert.Equal([("team-1", ConversationState.Removed)], _store.TeamStates);
    }

    [Fact]
    public async Task RecordAsync_BotRemovedFromPersonalChat_MarksThatChatRemoved()
    {
        var activity = Personal(ActivityTypes.ConversationUpdate) with { MembersRemoved = [new ChannelAccount { Id = "28:bot" }] };

        await _recorder.RecordAsync(activity, Authenticated, CancellationToken.None);

        Assert.Empty(_store.Upserts);
        Assert.Equal([("a:chat", ConversationState.Removed)], _store.States);
    }

    [Fact]
    public async Task RecordAsync_ChannelCreated_AddsTheNewChannelAsAPlaceToPost()
    {
        var activity = Channel(ActivityTypes.ConversationUpdate) with
        {
            ChannelData = TeamsData("channelCreated", channelId: "19:digest@thread.tacv2", channelName: "週次"),
        };

        await _recorder.RecordAsync(activity, Authenticated, CancellationToken.None);

        Assert.Contains(_store.Upserts, c => c.ConversationId == "19:digest@thread.tacv2" && c.Name == "週次" && c.TeamId == "team-1");
    }

    [Fact]
    public async Task RecordAsync_ChannelDeleted_MarksItRemoved()
    {
        var activity = Channel(ActivityTypes.ConversationUpdate) with { ChannelData = TeamsData("channelDeleted", channelId: "19:old@thread.tacv2") };

        await _recorder.RecordAsync(activity, Authenticated, CancellationToken.None);

        Assert.Equal([("19:old@thread.tacv2", ConversationState.Removed)], _store.States);
    }

    private static Activity Personal(string type) => new()
    {
        Type = type,
        Id = "1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/jp/",
        From = new ChannelAccount { Id = "29:user", AadObjectId = "aad-user", Name = "山田 花子" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "PlanBot" },
        Conversation = new ConversationAccount { Id = "a:chat", ConversationType = "personal", TenantId = "tenant-1" },
        Locale = "ja-JP",
        Entities = [new Entity { Type = Entity.ClientInfoType, Timezone = "Asia/Tokyo", Locale = "ja-JP" }],
    };

    private static Activity Channel(string type) => Personal(type) with
    {
        Conversation = new ConversationAccount { Id = "19:general@thread.tacv2", ConversationType = "channel", TenantId = "tenant-1" },
        ChannelData = TeamsData(eventType: null, channelId: "19:general@thread.tacv2"),
    };

    private static JsonElement TeamsData(string? eventType, string channelId, string? channelName = null) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["eventType"] = eventType,
            ["team"] = new Dictionary<string, string> { ["id"] = "team-1", ["name"] = "経営企画" },
            ["channel"] = new Dictionary<string, string?> { ["id"] = channelId, ["name"] = channelName },
            ["tenant"] = new Dictionary<string, string> { ["id"] = "tenant-1" },
        });

    private sealed class RecordingConversationStore : IConversationStore
    {
        public List<ConversationAddress> Upserts { get; } = [];

        public Dictionary<string, ConversationAddress> Stored { get; } = [];

        public List<(string, ConversationState)> States { get; } = [];

        public List<(string, ConversationState)> TeamStates { get; } = [];

        public Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken)
        {
            Upserts.Add(address);
            return Task.CompletedTask;
        }

        public Task SetStateAsync(string conversationId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken)
        {
            States.Add((conversationId, state));
            return Task.CompletedTask;
        }

        public Task SetTeamStateAsync(string teamId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken)
        {
            TeamStates.Add((teamId, state));
            return Task.CompletedTask;
        }

        public Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult(Stored.GetValueOrDefault(conversationId));

        public Task<ConversationAddress?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ConversationAddress>> ListAsync(ConversationKind? kind, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
