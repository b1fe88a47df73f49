using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Robustness;

/// <summary>
/// Bytes, not only JSON values: the whole host over real HTTP (local mode) gets valid activities mutated byte by byte
/// (random bytes, invalid UTF-8, NUL, lone surrogate escapes, nulls in lists, cuts). It must never answer 500, must
/// still answer a normal user afterwards, and every request it sends out must go to a loopback host, the only hosts
/// local mode may talk to. The random source is seeded: a failure names the case, and the same run reproduces it.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 600;
    private const int Seed = 20261207;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly byte[][] BadSequences =
    [
        [0xFF], [0xFE], [0xC0, 0xAF], [0xE9, 0xA0], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00], [0x80],
        "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(), "\\udc00x"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "null"u8.ToArray(), "[null]"u8.ToArray(),
    ];

    [Fact]
    public async Task Post_MutatedBytes_NeverA500_StillAnswers_NoCallLeavesLoopback()
    {
        await using var teams = await FakeTeams.StartAsync();
        var outbound = new ConcurrentQueue<Uri>();
        await using var bot = PlanBotOnLoopback.Start(services: s => s.ConfigureAll<HttpClientFactoryOptions>(o =>
            o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Insert(0, new Recording(outbound)))));
        using var http = new HttpClient { Timeout = Patience };
        var random = new Random(Seed);
        var seeds = Seeds(teams.ServiceUrl);
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < Cases; i++)
        {
            var (name, body) = Mutate(seeds[random.Next(seeds.Length)], random);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(bot.MessagesEndpoint, content);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True(
                response.StatusCode != HttpStatusCode.InternalServerError,
                $"Case {i} (seed {Seed}, {name}) got 500 for: {Encoding.UTF8.GetString(body)}");
        }

        // Still up, and a normal user is still answered.
        using var live = await http.GetAsync(new Uri(bot.MessagesEndpoint, "/healthz/live"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        const string normal = "a:after-the-fuzz";
        var before = teams.Delivered.Count(s => s.ConversationId == normal);
        using var message = new StringContent(TeamsMessage.Personal(teams.ServiceUrl, normal, "29:normal", "ヘルプ").ToJsonString(), Encoding.UTF8, "application/json");
        using var answered = await http.PostAsync(bot.MessagesEndpoint, message);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await teams.DeliveredToAsync(normal, before, Patience);

        // Both kinds of outcome happened, so the mutations reached the handlers as well as the door.
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.BadRequest) > 0, Describe(statuses));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 0, Describe(statuses));
        Assert.NotEmpty(outbound);
        Assert.All(outbound, uri => Assert.True(uri.IsLoopback, $"A request left for {uri}."));
    }

    private static string Describe(Dictionary<HttpStatusCode, int> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"));

    /// <summary>Valid activities of the kinds Teams posts, as bytes.</summary>
    private static (string Name, byte[] Body)[] Seeds(Uri serviceUrl)
    {
        var message = TeamsMessage.Personal(serviceUrl, "a:fuzz", "29:fuzz", "<at>PlanBot</at> ヘルプ");
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>PlanBot</at>", ["mentioned"] = new JsonObject { ["id"] = TeamsMessage.BotId } });
        var question = TeamsMessage.Personal(serviceUrl, "a:fuzz", "29:fuzz", "第3四半期の遅延は?");
        var cardAction = TeamsMessage.Personal(serviceUrl, "a:fuzz", "29:fuzz", "");
        cardAction["type"] = "invoke";
        cardAction["name"] = "adaptiveCard/action";
        cardAction["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "progress.submit",
                ["data"] = new JsonObject { ["verb"] = "progress.submit", ["cycleId"] = "2026Q3", ["cardId"] = "card-1", ["status:14-1"] = "遅延", ["comment:14-1"] = "日程調整中" },
            },
        };
        var update = TeamsMessage.Personal(serviceUrl, "a:fuzz", "29:fuzz", "");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsMessage.BotId }, new JsonObject { ["id"] = "29:fuzz" });
        update.Remove("text");
        var install = TeamsMessage.Personal(serviceUrl, "a:fuzz", "29:fuzz", "");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        return [.. new[] { ("message", message), ("question", question), ("card action", cardAction), ("conversationUpdate", update), ("installationUpdate", install) }
            .Select(s => (s.Item1, Encoding.UTF8.GetBytes(s.Item2.ToJsonString())))];
    }

    /// <summary>One to three mutations of one seed, each with a fresh activity id so deduplication lets it through.</summary>
    private static (string Name, byte[] Body) Mutate((string Name, byte[] Body) seed, Random random)
    {
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(seed.Body).Replace("\"id\":\"", $"\"id\":\"{random.Next():x8}", StringComparison.Ordinal)).ToList();
        var names = new List<string> { seed.Name };
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(body.Count);
            switch (random.Next(4))
            {
                case 0:
                    body[at] = (byte)random.Next(256);
                    names.Add($"byte {body[at]:X2} at {at}");
                    break;
                case 1:
                    var bad = BadSequences[random.Next(BadSequences.Length)];
                    body.InsertRange(at, bad);
                    names.Add($"{Convert.ToHexString(bad)} inserted at {at}");
                    break;
                case 2:
                    body.RemoveRange(at, Math.Min(random.Next(1, 16), body.Count - at));
                    names.Add($"bytes removed at {at}");
                    break;
                default:
                    body.RemoveRange(at, body.Count - at);
                    names.Add($"cut at {at}");
                    break;
            }

            if (body.Count == 0)
            {
                break;
            }
        }

        return (string.Join("; ", names), [.. body]);
    }

    /// <summary>Outermost handler of every HttpClient the host makes: records where each request goes.</summary>
    private sealed class Recording(ConcurrentQueue<Uri> requests) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Enqueue(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
