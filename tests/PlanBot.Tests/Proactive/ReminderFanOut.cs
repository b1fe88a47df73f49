using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Cli;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Proactive;

/// <summary>
/// A quarter-end fan-out to set up once per test: the seed plan and a roster of five in a temp store (imported through
/// the CLI, as an admin would), a fake Teams, 1:1 chats known for three owners, and a team PlanBot is installed in whose
/// members include the owner (伊藤) and the admin (佐藤) it has never talked to.
/// </summary>
internal sealed class ReminderFanOut : IAsyncDisposable
{
    public static readonly FiscalQuarter Q3 = new(2026, 3);

    public const string Roster = """
        name,email,aadObjectId,department,role
        田中 一郎,tanaka@example.jp,8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01,産業振興部,member
        高橋 三郎,takahashi@example.jp,8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e02,産業振興部,member
        鈴木 花子,suzuki@example.jp,8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e03,地域共創部,manager
        伊藤 四郎,ito@example.jp,8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e04,地域共創部,member
        佐藤 次郎,sato@example.jp,,,admin
        """;

    public const string TeamChannel = "19:planbot-team@thread.tacv2";

    private ReminderFanOut(TempPlanStore store, FakeTeams teams, FakeTimeProvider clock)
    {
        Store = store;
        Teams = teams;
        Clock = clock;
    }

    public TempPlanStore Store { get; }

    public FakeTeams Teams { get; }

    /// <summary>The first reminder's morning: 2026-12-22 10:00 JST.</summary>
    public FakeTimeProvider Clock { get; }

    public static async Task<ReminderFanOut> CreateAsync()
    {
        var store = new TempPlanStore();
        await CliAsync(store, "import");
        var roster = Path.Combine(store.Folder, "roster.csv");
        await File.WriteAllTextAsync(roster, Roster);
        await CliAsync(store, "roster", "import", roster);
        var teams = await FakeTeams.StartAsync();
        teams.AddMember("29:ito", "伊藤 四郎", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e04", "ito@example.jp");
        teams.AddMember("29:sato", "佐藤 次郎", null, "SATO@example.jp");
        teams.AddMember("29:stranger", "部外 者", "0b9a6c1e-0000-4000-8000-000000000099", "stranger@example.jp");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 22, 10, 0, 0, TimeSpan.FromHours(9)));
        var fanOut = new ReminderFanOut(store, teams, clock);
        await using var host = await fanOut.StartHostAsync();
        foreach (var (user, aad) in new[] { ("tanaka", "01"), ("takahashi", "02"), ("suzuki", "03") })
        {
            await host.Conversations.UpsertAsync(fanOut.Personal(ChatOf(user), $"29:{user}", $"8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e{aad}"), CancellationToken.None);
        }

        await host.Conversations.UpsertAsync(fanOut.Address(TeamChannel, ConversationKind.Channel) with { TeamId = TeamChannel, TeamName = "九経連" }, CancellationToken.None);
        return fanOut;
    }

    /// <summary>The known 1:1 chat of a roster user ("tanaka").</summary>
    public static string ChatOf(string user) => $"a:chat-{user}";

    public Task<ProactiveHost> StartHostAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        ProactiveHost.StartAsync(Store, Clock, settings, services);

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        Store.Dispose();
    }

    private ConversationAddress Personal(string conversationId, string userId, string aadObjectId) =>
        Address(conversationId, ConversationKind.Personal) with { UserId = userId, UserAadObjectId = aadObjectId };

    private ConversationAddress Address(string conversationId, ConversationKind kind) => new()
    {
        ConversationId = conversationId,
        Kind = kind,
        ServiceUrl = Teams.ServiceUrl.ToString(),
        ChannelId = "msteams",
        TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        BotId = "28:planbot",
        UpdatedAt = Clock.GetUtcNow(),
    };

    private static async Task CliAsync(TempPlanStore store, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => store.Configure(b.Configuration));
        Assert.True(exitCode == 0, $"{string.Join(' ', args)}: {error}");
    }
}
