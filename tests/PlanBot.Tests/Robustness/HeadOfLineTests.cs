using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Domain.Outbox;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Robustness;

/// <summary>
/// Conversations whose serviceUrl cannot be reached (loopback ports nothing listens on) must cost a normal user
/// nothing: the real host over real HTTP, with the connector's default retries, pacing and four activity workers.
/// </summary>
/// <remarks>
/// PlanBot's clock is frozen while a round runs, so no retry delay, backoff or reply budget can pass: a worker that
/// waited for one would hold the normal user's reply until the test gave up. The wall-clock comparison is against the
/// same number of turns to a reachable Teams, in interleaved rounds, so what the machine's load costs both alike
/// cancels out and what remains is what the dead conversations cost.
/// </remarks>
public sealed class HeadOfLineTests
{
    private const int Crowd = 24;

    private const int Rounds = 3;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Reply_BehindTwoDozenTurnsToDeadHosts_IsNotDelayedByMoreThanASecond()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero));
        await using var teams = await FakeTeams.StartAsync();
        // The outbox's own loop stays off: its retries of the dead replies would share the pacing budget with the turns,
        // and with the clock held still a turn that found the budget spent would wait for ever. What is measured here is
        // the turns; the replies they hand over are counted in the outbox below.
        await using var bot = PlanBotOnLoopback.Start(
            new Dictionary<string, string?> { ["OutboxSender:Enabled"] = "false" },
            s => s.AddSingleton<TimeProvider>(clock));
        using var http = new HttpClient();
        using var closed = new ClosedPorts();
        var replies = 0;
        // Warm-up: both paths run once before anything is timed.
        await PostAsync(http, bot, TeamsMessage.Personal(closed.ServiceUrl(), "a:dead-warm-up", "29:dead-warm-up", "ヘルプ"));
        await AskAsync(http, bot, teams, replies++);

        var behindLive = new List<TimeSpan>();
        var behindDead = new List<TimeSpan>();
        for (var round = 0; round < Rounds; round++)
        {
            // Between rounds only: the pacing window moves on; nothing of a round waits for this.
            clock.Advance(TimeSpan.FromSeconds(2));
            await CrowdAsync(http, bot, i => (teams.ServiceUrl, $"a:live-{round}-{i}"));
            behindLive.Add(await AskAsync(http, bot, teams, replies++));

            clock.Advance(TimeSpan.FromSeconds(2));
            await CrowdAsync(http, bot, i => (closed.ServiceUrl(), $"a:dead-{round}-{i}"));
            behindDead.Add(await AskAsync(http, bot, teams, replies++));
        }

        var live = behindLive.Min();
        var dead = behindDead.Min();
        Assert.True(
            dead - live < TimeSpan.FromSeconds(1),
            $"Behind {Crowd} dead conversations the reply took {Ms(behindDead)} ms, behind {Crowd} live ones {Ms(behindLive)} ms.");

        // Nothing lost: every reply that could not go is in the outbox, to be tried again.
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        var kept = 0;
        for (var waited = Stopwatch.StartNew(); kept < Rounds * Crowd && waited.Elapsed < Patience; await Task.Delay(20))
        {
            kept = (await outbox.ListAsync("reply:", CancellationToken.None)).Count(m => m.ConversationId!.StartsWith("a:dead-", StringComparison.Ordinal) && m.ConversationId != "a:dead-warm-up");
        }

        Assert.Equal(Rounds * Crowd, kept);
    }

    private static string Ms(IEnumerable<TimeSpan> times) => string.Join("/", times.Select(t => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task CrowdAsync(HttpClient http, PlanBotOnLoopback bot, Func<int, (Uri ServiceUrl, string ConversationId)> where)
    {
        for (var i = 0; i < Crowd; i++)
        {
            var (serviceUrl, conversationId) = where(i);
            await PostAsync(http, bot, TeamsMessage.Personal(serviceUrl, conversationId, $"29:{conversationId}", "ヘルプ"));
        }
    }

    /// <summary>Posts ヘルプ from the normal user and returns how long until their reply reached Teams.</summary>
    private static async Task<TimeSpan> AskAsync(HttpClient http, PlanBotOnLoopback bot, FakeTeams teams, int nth)
    {
        const string normal = "a:normal-user";
        var started = Stopwatch.StartNew();
        await PostAsync(http, bot, TeamsMessage.Personal(teams.ServiceUrl, normal, "29:normal", "ヘルプ"));
        await teams.DeliveredToAsync(normal, nth, Patience);
        return started.Elapsed;
    }

    private static async Task PostAsync(HttpClient http, PlanBotOnLoopback bot, JsonObject activity)
    {
        using var response = await http.PostAsync(bot.MessagesEndpoint, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}.");
    }
}
