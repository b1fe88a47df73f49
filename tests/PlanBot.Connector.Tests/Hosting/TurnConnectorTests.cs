using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>
/// A turn's replies over real HTTP: one immediate retry at most, a budget, and what still fails handed to the outbox
/// so the worker is free at once.
/// </summary>
public sealed class TurnConnectorTests
{
    private static Dictionary<string, string?> Settings(string replyTimeout = "00:00:10") => new()
    {
        ["BotConnector:Processing:WorkerCount"] = "1",
        ["BotConnector:Processing:ReplyTimeout"] = replyTimeout,
        ["BotConnector:Pacing:Enabled"] = "false",
    };

    [Fact]
    public async Task Reply_HostRefusesConnections_HandedToOutboxAndReportedSent()
    {
        var outbox = new RecordingReplyOutbox();
        await using var host = await BotHost.StartAsync(Settings(), services => services.AddSingleton<IReplyOutbox>(outbox));
        var replies = ReplyWith(host, "お待たせしました。");
        var deadUrl = $"http://127.0.0.1:{ClosedPort()}/teams/";

        using var response = await host.PostAsync(TeamsActivities.Message(deadUrl, "dead-1"));
        var result = await replies.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(result.Succeeded);
        var deferred = Assert.Single(outbox.Deferred);
        Assert.Equal(DeferredReplyKind.Reply, deferred.Kind);
        Assert.Equal("dead-1", deferred.ActivityId);
        Assert.Equal(TeamsActivities.ConversationId, deferred.ConversationId);
        Assert.Equal(new Uri(deadUrl), deferred.ServiceUrl);
        Assert.Equal("お待たせしました。", deferred.Activity.Text);
        Assert.StartsWith("reply:", deferred.Key, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[1401]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_Throttled_HandedToOutboxWithoutWaitingOrRetrying()
    {
        await using var connector = await FakeConnector.StartAsync();
        var outbox = new RecordingReplyOutbox();
        await using var host = await BotHost.StartAsync(Settings(), services => services.AddSingleton<IReplyOutbox>(outbox));
        connector.Respond(429, """{"error":{"code":"Throttled","message":"slow down"}}""", ("Retry-After", "30"));
        var replies = ReplyWith(host, "了解です。");

        using var response = await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl.AbsoluteUri, "throttled-1"));
        var result = await replies.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.True(result.Succeeded);
        Assert.Single(connector.Requests);
        Assert.Single(outbox.Deferred);
    }

    [Fact]
    public async Task Reply_OneBlip_RetriedAtOnceAndDelivered()
    {
        await using var connector = await FakeConnector.StartAsync();
        var outbox = new RecordingReplyOutbox();
        await using var host = await BotHost.StartAsync(Settings(), services => services.AddSingleton<IReplyOutbox>(outbox));
        connector.Respond(503);
        var replies = ReplyWith(host, "了解です。");

        using var response = await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl.AbsoluteUri, "blip-1"));
        var result = await replies.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.True(result.Succeeded);
        Assert.Equal("fake-activity-1", result.Value?.Id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Empty(outbox.Deferred);
    }

    [Fact]
    public async Task Reply_NoAnswerWithinBudget_HandedToOutbox()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connector = await FakeConnector.StartAsync();
        var outbox = new RecordingReplyOutbox();
        await using var host = await BotHost.StartAsync(Settings("00:00:05"), services =>
        {
            services.AddSingleton<IReplyOutbox>(outbox);
            services.AddSingleton<TimeProvider>(clock);
        });
        var hang = new TaskCompletionSource();
        ReplaceNextAnswer(connector, hang);
        var replies = ReplyWith(host, "了解です。");

        using var response = await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl.AbsoluteUri, "slow-1"));
        await connector.NextArrivalAsync();
        clock.Advance(TimeSpan.FromSeconds(6));
        var result = await replies.Task.WaitAsync(TimeSpan.FromSeconds(15));
        hang.TrySetResult();

        Assert.True(result.Succeeded);
        Assert.Equal("slow-1", Assert.Single(outbox.Deferred).ActivityId);
    }

    [Fact]
    public async Task Reply_Blocked_NotDeferredTheHandlerSeesIt()
    {
        await using var connector = await FakeConnector.StartAsync();
        var outbox = new RecordingReplyOutbox();
        await using var host = await BotHost.StartAsync(Settings(), services => services.AddSingleton<IReplyOutbox>(outbox));
        connector.Respond(403, """{"error":{"code":"ConversationBlockedByUser","message":"blocked"}}""");
        var replies = ReplyWith(host, "了解です。");

        using var response = await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl.AbsoluteUri, "blocked-1"));
        var result = await replies.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(ConnectorErrorKind.ConversationBlockedByUser, result.Error?.Kind);
        Assert.Empty(outbox.Deferred);
    }

    [Fact]
    public async Task Reply_NothingKeepsReplies_FailureReachesTheHandler()
    {
        await using var host = await BotHost.StartAsync(Settings());
        var replies = ReplyWith(host, "了解です。");

        using var response = await host.PostAsync(TeamsActivities.Message($"http://127.0.0.1:{ClosedPort()}/", "lost-1"));
        var result = await replies.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(ConnectorErrorKind.Unavailable, result.Error?.Kind);
    }

    /// <summary>The handler replies with the text and hands back what the reply returned.</summary>
    private static TaskCompletionSource<ConnectorResult<ResourceResponse>> ReplyWith(BotHost host, string text)
    {
        var replies = new TaskCompletionSource<ConnectorResult<ResourceResponse>>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.Behaviour = async (turn, ct) =>
        {
            replies.TrySetResult(await turn.ReplyAsync(text, ct));
            return null;
        };
        return replies;
    }

    /// <summary>Swaps the queued answer for one that holds the request until <paramref name="release"/> (or the caller gives up).</summary>
    private static void ReplaceNextAnswer(FakeConnector connector, TaskCompletionSource release) =>
        connector.RespondWith(async context => await release.Task.WaitAsync(context.RequestAborted));

    /// <summary>A loopback port nothing listens on: connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
