using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>The bounded queue and the background workers: full queue refuses, slow turns time out, errors are logged.</summary>
public sealed class ActivityWorkerTests
{
    private const string ServiceUrl = "http://127.0.0.1:56150/";

    [Fact]
    public async Task Post_QueueFull_Returns503AndLaterRedeliveryIsProcessed()
    {
        var release = new TaskCompletionSource();
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["BotConnector:Processing:WorkerCount"] = "1",
            ["BotConnector:Processing:QueueCapacity"] = "1",
        });
        host.Handler.Behaviour = async (_, _) =>
        {
            await release.Task;
            return null;
        };

        using var busy = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "busy"));
        await host.Handler.NextAsync(); // the worker holds "busy"
        using var queued = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "queued"));
        using var refused = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "refused"));
        release.SetResult();
        await host.Handler.NextAsync(); // "queued" drains
        using var redelivered = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "refused"));

        Assert.Equal(HttpStatusCode.OK, busy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal("refused", (await host.Handler.NextAsync()).Activity.Id);
    }

    [Fact]
    public async Task Post_QueueFullUnderOverload_LogsOneWarningSummaryPerIntervalAndNoErrorPerRequest()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var release = new TaskCompletionSource();
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["BotConnector:Processing:WorkerCount"] = "1",
                ["BotConnector:Processing:QueueCapacity"] = "1",
            },
            services => services.AddSingleton<TimeProvider>(clock));
        host.Handler.Behaviour = async (_, _) =>
        {
            await release.Task;
            return null;
        };

        using var busy = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "busy"));
        await host.Handler.NextAsync();
        using var queued = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "queued"));
        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await host.PostAsync(TeamsActivities.Message(ServiceUrl, $"refused-{i}"));
            refused.Add(response.StatusCode);
        }

        clock.Advance(TimeSpan.FromSeconds(11));
        using var afterInterval = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "refused-later"));
        release.SetResult();

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, afterInterval.StatusCode);
        var summaries = host.Logs.Lines.Where(l => l.Contains("[1307]", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, summaries.Count);
        Assert.StartsWith("Warning", summaries[0], StringComparison.Ordinal);
        Assert.Contains("1 activities refused", summaries[0], StringComparison.Ordinal);
        Assert.Contains("6 activities refused", summaries[1], StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worker_Turn_LogsOneInformationLineWithWhatCameInWhatWentOutAndHowLong()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["BotConnector:Processing:WorkerCount"] = "1" });
        host.Handler.Behaviour = (turn, _) =>
        {
            turn.Outcome = $"question Answered ({turn.Activity.Id})";
            return Task.FromResult<InvokeResponse?>(null);
        };

        using var response = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "m-1"));
        await host.Handler.NextAsync();
        using var next = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "m-2"));
        await host.Handler.NextAsync(); // one worker: "m-1" is finished (and logged) once "m-2" runs

        var line = Assert.Single(host.Logs.Lines, l => l.Contains("(m-1)", StringComparison.Ordinal));
        Assert.Matches(@"^Information .*\[1100\] Turn message: question Answered \(m-1\); 0 messages sent, invoke answer -, \d+ ms", line);
    }

    [Fact]
    public async Task Worker_TurnExceedsTimeout_CancelledAndLogged()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var cancelled = new TaskCompletionSource();
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["BotConnector:Processing:WorkerCount"] = "1",
                ["BotConnector:Processing:ActivityTimeout"] = "00:00:30",
            },
            services => services.AddSingleton<TimeProvider>(clock));
        host.Handler.Behaviour = async (_, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
                throw;
            }

            return null;
        };

        using var response = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "slow"));
        await host.Handler.NextAsync();
        clock.Advance(TimeSpan.FromSeconds(31));
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        host.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(null);
        using var next = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "next"));
        await host.Handler.NextAsync(); // one worker: "slow" is finished (and logged) once "next" runs

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[1201]", StringComparison.Ordinal) && l.Contains("slow", StringComparison.Ordinal));
    }
}
