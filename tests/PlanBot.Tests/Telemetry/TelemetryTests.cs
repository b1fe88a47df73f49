using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Teams.Diagnostics;
using PlanBot.Teams.Proactive;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Reminders;

namespace PlanBot.Tests.Telemetry;

/// <summary>Tests that read PlanBot's meters: alone, so no other test's host adds to the counts they read.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>
/// The real host over real HTTP with OpenTelemetry exported in memory: one trace from /api/messages to the connector
/// call, and the meters for activities, 429s, answers, deliveries and the outbox and reminder gauges.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Message_AnsweredThroughAThrottlingConnector_OneTraceAndTheConnectorMeters()
    {
        await using var teams = await FakeTeams.StartAsync();
        var capture = new TelemetryCapture();
        await using var bot = PlanBotOnLoopback.Start(TelemetryCapture.Settings, capture.Configure);
        capture.Attach(bot.Services);
        teams.ThrottleOnce("a:traced-chat", retryAfterSeconds: 0);
        // The caller's own span: its trace id is the one the whole exchange must carry.
        using var caller = new Activity("telemetry-test.caller").SetIdFormat(ActivityIdFormat.W3C).Start();
        caller.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        var traceId = caller.TraceId;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagesEndpoint)
        {
            Content = new StringContent(Message(teams.ServiceUrl, "a:traced-chat", "ヘルプ").ToJsonString(), Encoding.UTF8, "application/json"),
        };

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await teams.DeliveredChanged(TimeSpan.FromSeconds(30)), "the help card never reached the fake Teams");
        // A span is exported when it ends; the turn ends just after its reply arrived.
        await capture.WaitForSpanAsync(traceId, "planbot.turn");
        capture.Flush();

        var spans = capture.SpansOf(traceId);
        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/messages");
        var receive = Assert.Single(spans, s => s.OperationName == "planbot.activity.receive");
        Assert.Equal(server.SpanId, receive.ParentSpanId);
        var turn = Assert.Single(spans, s => s.OperationName == "planbot.turn");
        Assert.Equal(receive.SpanId, turn.ParentSpanId); // across the queue
        var call = Assert.Single(spans, s => s.OperationName == "planbot.connector.call");
        Assert.Equal(turn.SpanId, call.ParentSpanId);
        Assert.Equal(201, call.GetTagItem("http.response.status_code"));
        // The HTTP attempts below the call: the throttled one and its retry.
        Assert.Equal(2, spans.Count(s => s.OperationName == "System.Net.Http.HttpRequestOut" && IsBelow(s, call, spans)));

        Assert.Equal(1, capture.Sum("planbot.activities.received", ("planbot.activity.type", "message"), ("planbot.outcome", "accepted")));
        Assert.Equal(1, capture.Sum("planbot.connector.throttled", ("server.address", "127.0.0.1")));
        Assert.Equal(1, capture.Count("planbot.connector.retry_after", ("server.address", "127.0.0.1")));
    }

    [Fact]
    public async Task RedeliveredMessage_CountedAsDuplicate()
    {
        await using var teams = await FakeTeams.StartAsync();
        var capture = new TelemetryCapture();
        await using var bot = PlanBotOnLoopback.Start(TelemetryCapture.Settings, capture.Configure);
        capture.Attach(bot.Services);
        var message = Message(teams.ServiceUrl, "a:twice", "ヘルプ").ToJsonString();
        using var http = new HttpClient();

        using var first = await http.PostAsync(bot.MessagesEndpoint, new StringContent(message, Encoding.UTF8, "application/json"));
        using var again = await http.PostAsync(bot.MessagesEndpoint, new StringContent(message, Encoding.UTF8, "application/json"));
        capture.Flush();

        Assert.Equal(1, capture.Sum("planbot.activities.received", ("planbot.outcome", "accepted")));
        Assert.Equal(1, capture.Sum("planbot.activities.received", ("planbot.activity.type", "message"), ("planbot.outcome", "duplicate")));
    }

    [Fact]
    public async Task ReminderCycle_AnswersDeliveriesAndGauges()
    {
        var capture = new TelemetryCapture();
        // The sender's own loop off: the test sends when it has read the queued state.
        var settings = new Dictionary<string, string?>(TelemetryCapture.Settings) { ["OutboxSender:Enabled"] = "false" };
        await using var fixture = await ReminderCardBot.StartAsync(settings: settings, services: capture.Configure);
        var services = fixture.Bot.Services;
        capture.Attach(services);
        var sampler = services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<TeamsGaugeSampler>().Single();
        var cycle = (await fixture.Cycles.LoadAsync(ReminderCardBot.Quarter, CancellationToken.None))!;
        var queued = (await services.GetRequiredService<IOutbox>().ListAsync($"{ReminderCardBot.Quarter}:", CancellationToken.None)).Count;

        // Queued 90 s ago, nothing answered yet.
        fixture.Clock.Advance(TimeSpan.FromSeconds(90));
        await sampler.SampleAsync(CancellationToken.None);
        capture.Flush();
        Assert.Equal<double?>(queued, capture.Gauge("planbot.outbox.depth"));
        Assert.Equal<double?>(90, capture.Gauge("planbot.outbox.oldest_age"));
        Assert.Equal<double?>(0, capture.Gauge("planbot.reminder.answer_rate", ("planbot.quarter", "2026Q3")));

        // The cards go out to the owners' 1:1 chats; one owner answers every item, once wrongly.
        foreach (var person in new[] { fixture.Owner, fixture.CoOwner, fixture.Colleague })
        {
            await services.GetRequiredService<IConversationStore>().UpsertAsync(
                new ConversationAddress
                {
                    ConversationId = fixture.ConversationId(person),
                    Kind = ConversationKind.Personal,
                    ServiceUrl = ReminderCardBot.ServiceUrl,
                    ChannelId = "msteams",
                    BotId = "28:planbot",
                    UserId = $"29:{person.AadObjectId}",
                    UserAadObjectId = person.AadObjectId,
                    UpdatedAt = fixture.Clock.GetUtcNow(),
                },
                CancellationToken.None);
        }

        await services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        using (var invalid = await fixture.InvokeAsync(fixture.Data(status: "", percent: "40")))
        {
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        }

        var data = fixture.Data(status: "順調", percent: "40", comment: "予定どおり");
        foreach (var key in cycle.RecipientFor(fixture.Owner.Email)!.SubThemeKeys)
        {
            data[$"status:{key}"] = "順調";
            data[$"percent:{key}"] = "40";
            data[$"comment:{key}"] = "予定どおり";
        }

        using (var valid = await fixture.InvokeAsync(data))
        {
            await ReminderCardBot.CardOfAsync(valid);
        }

        await sampler.SampleAsync(CancellationToken.None);
        capture.Flush();

        Assert.True(
            queued == capture.Sum("planbot.outbox.deliveries", ("planbot.message.kind", OutboxKinds.ReminderCard), ("planbot.outcome", "sent")),
            capture.Describe());
        Assert.Equal<double?>(0, capture.Gauge("planbot.outbox.depth"));
        Assert.Equal<double?>(0, capture.Gauge("planbot.outbox.oldest_age"));
        Assert.True(1 == capture.Sum("planbot.answers", ("planbot.outcome", "invalid")), capture.Describe());
        Assert.True(1 == capture.Sum("planbot.answers", ("planbot.outcome", "recorded")), capture.Describe());
        // The owner and the co-owner share their department's items: answering all of them answers for both.
        Assert.Equal(2, cycle.Recipients.Count);
        Assert.Equal<double?>(1, capture.Gauge("planbot.reminder.answer_rate", ("planbot.quarter", "2026Q3")));

        await fixture.CloseCycleAsync();
        using (var late = await fixture.InvokeAsync(data))
        {
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        }

        capture.Flush();
        Assert.True(1 == capture.Sum("planbot.answers", ("planbot.outcome", "closed")), capture.Describe());
    }

    private static bool IsBelow(Activity span, Activity ancestor, IReadOnlyList<Activity> all)
    {
        for (var current = span; current is not null; current = all.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    private static JsonObject Message(Uri serviceUrl, string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.AbsoluteUri,
        ["from"] = new JsonObject { ["id"] = "29:telemetry-user", ["name"] = "山田 花子", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000aa" },
        ["recipient"] = new JsonObject { ["id"] = "28:planbot", ["name"] = "PlanBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["text"] = text,
    };
}
