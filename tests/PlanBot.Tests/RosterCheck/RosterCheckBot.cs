using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.RosterCheck;

/// <summary>
/// The real host on loopback (seed plan, temp SQLite file, local mode) talking to a fake Teams on loopback that serves
/// the installed team's members two a page: an admin, a member, and a guest on no roster row; a roster person who is
/// in no team; and a second team whose member list Teams refuses when <c>brokenTeam</c> is asked for.
/// </summary>
internal sealed class RosterCheckBot : IAsyncDisposable
{
    public const string TeamChannel = "19:kyukeiren@thread.tacv2";

    public const string BrokenTeamChannel = "19:koho@thread.tacv2";

    public const string BotId = "28:planbot";

    public static readonly Person Admin = new("佐藤 次郎", "sato@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e0a", "経営企画室", PersonRole.Admin);

    public static readonly Person Member = new("田中 一郎", "tanaka@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e0b", "産業振興部", PersonRole.Member);

    /// <summary>On the roster, in no team, never wrote to PlanBot.</summary>
    public static readonly Person Missing = new("伊藤 四郎", "ito@example.jp", null, "地域共創部", PersonRole.Member);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http = new();

    private RosterCheckBot(FakeTeams teams, PlanBotOnLoopback bot)
    {
        Teams = teams;
        Bot = bot;
    }

    public FakeTeams Teams { get; }

    public PlanBotOnLoopback Bot { get; }

    public static async Task<RosterCheckBot> StartAsync(bool brokenTeam = false)
    {
        var teams = await FakeTeams.StartAsync();
        teams.AddMember("29:sato", Admin.Name, Admin.AadObjectId, Admin.Email);
        // Matched by UPN alone: Teams lists no object id for this one.
        teams.AddMember("29:tanaka", Member.Name, null, "TANAKA@example.jp");
        teams.AddMember("29:guest", "部外 者", "0b9a6c1e-0000-4000-8000-000000000099", "guest@partner.example.com");
        teams.ServeMembersInPagesOf(2);
        var bot = PlanBotOnLoopback.Start();
        var fixture = new RosterCheckBot(teams, bot);
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync([Admin, Member, Missing], CancellationToken.None);
        var conversations = bot.Services.GetRequiredService<IConversationStore>();
        await conversations.UpsertAsync(fixture.Channel(TeamChannel, "九経連"), CancellationToken.None);
        if (brokenTeam)
        {
            teams.RefuseMembersOf(BrokenTeamChannel);
            await conversations.UpsertAsync(fixture.Channel(BrokenTeamChannel, "広報チーム"), CancellationToken.None);
        }

        return fixture;
    }

    /// <summary>Writes <paramref name="text"/> to PlanBot in <paramref name="from"/>'s 1:1 chat, or @mentioning it in the team channel.</summary>
    public async Task SayAsync(Person from, string text, bool inChannel = false)
    {
        var activity = ChatActivities.Message(Teams.ServiceUrl, BotId, from, text, inChannel ? TeamChannel : null);
        using var response = await _http.PostAsync(Bot.MessagesEndpoint, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
    }

    /// <summary>Says <paramref name="text"/> as <see cref="SayAsync"/> does and returns the next message PlanBot sends.</summary>
    public async Task<FakeTeamsSend> AskAsync(Person from, string text, bool inChannel = false)
    {
        var before = Teams.Delivered.Count;
        await SayAsync(from, text, inChannel);
        while (Teams.Delivered.Count == before)
        {
            Assert.True(await Teams.DeliveredChanged(Patience), $"PlanBot sent nothing within {Patience}.");
        }

        return Teams.Delivered[before];
    }

    /// <summary>The card as a reader sees it: each text block, fact ("title: value") and rich text line (its runs joined), one a line.</summary>
    public static string Lines(FakeTeamsSend message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return string.Join('\n', message.Card.GetProperty("body").EnumerateArray().SelectMany(Line));

        static IEnumerable<string> Line(JsonElement element) => element.GetProperty("type").GetString() switch
        {
            "TextBlock" => [element.GetProperty("text").GetString()!],
            "RichTextBlock" => [string.Concat(element.GetProperty("inlines").EnumerateArray().Select(r => r.GetProperty("text").GetString()))],
            "FactSet" => element.GetProperty("facts").EnumerateArray().Select(f => $"{f.GetProperty("title").GetString()}: {f.GetProperty("value").GetString()}"),
            _ => [],
        };
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Bot.DisposeAsync();
        await Teams.DisposeAsync();
    }

    private ConversationAddress Channel(string conversationId, string teamName) => new()
    {
        ConversationId = conversationId,
        Kind = ConversationKind.Channel,
        ServiceUrl = Teams.ServiceUrl.ToString(),
        ChannelId = "msteams",
        BotId = BotId,
        TeamId = conversationId,
        TeamName = teamName,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
