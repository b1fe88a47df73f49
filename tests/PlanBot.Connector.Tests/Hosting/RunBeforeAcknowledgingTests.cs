using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>A state-changing message is carried out before its 200, and only then recorded as seen.</summary>
public sealed class RunBeforeAcknowledgingTests
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    [Fact]
    public async Task Post_RunBeforeAcknowledging_RecordsTheKeyOnlyOnceDoneThenARedeliveryIsADuplicate()
    {
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?> { ["BotConnector:Processing:WorkerCount"] = "1" },
            s => s.Replace(ServiceDescriptor.Singleton<IAcknowledgementPolicy>(new EveryMessage())));
        var release = new TaskCompletionSource();
        var runs = 0;
        host.Handler.Behaviour = async (_, cancellationToken) =>
        {
            Interlocked.Increment(ref runs);
            await release.Task.WaitAsync(cancellationToken);
            return null;
        };
        var json = TeamsActivities.Message(ServiceUrl, Guid.NewGuid().ToString());
        var key = ActivityDeduplicator.KeyOf(JsonSerializer.Deserialize(json, ConnectorJsonContext.Default.Activity)!)!;
        var deduplicator = host.Services.GetRequiredService<IActivityDeduplicator>();

        var first = host.PostAsync(json);
        await host.Handler.NextAsync();

        // Mid-turn nothing is recorded: had the process died here, the channel's redelivery would run, not be refused.
        Assert.False(await deduplicator.IsKnownAsync(key, CancellationToken.None));
        release.SetResult();
        using (var done = await first)
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        Assert.True(await deduplicator.IsKnownAsync(key, CancellationToken.None));
        using var again = await host.PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Post_RunBeforeAcknowledgingFails_500AndTheRedeliveryRuns()
    {
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?> { ["BotConnector:Processing:WorkerCount"] = "1" },
            s => s.Replace(ServiceDescriptor.Singleton<IAcknowledgementPolicy>(new EveryMessage())));
        var runs = 0;
        host.Handler.Behaviour = (_, _) => Interlocked.Increment(ref runs) == 1
            ? throw new InvalidOperationException("the store is gone for a moment")
            : Task.FromResult<InvokeResponse?>(null);
        var json = TeamsActivities.Message(ServiceUrl, Guid.NewGuid().ToString());

        using var failed = await host.PostAsync(json);
        using var redelivered = await host.PostAsync(json);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(2, runs);
    }

    private sealed class EveryMessage : IAcknowledgementPolicy
    {
        public bool RunsBeforeAcknowledging(Activity activity) => activity.Type == ActivityTypes.Message;
    }
}
