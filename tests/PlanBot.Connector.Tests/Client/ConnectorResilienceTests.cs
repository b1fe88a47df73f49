using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Client;

/// <summary>The circuit breaker rests a failing host without starving the others.</summary>
public sealed class ConnectorResilienceTests
{
    [Fact]
    public async Task Send_HostKeepsFailing_CircuitOpensForThatHostOnly()
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = ConnectorServices.DefaultSettings();
        settings["BotConnector:AllowedServiceUrlHosts:1"] = "localhost";
        settings["BotConnector:Resilience:CircuitMinimumThroughput"] = "2";
        settings["BotConnector:Resilience:CircuitFailureRatio"] = "0.5";
        settings["BotConnector:Resilience:CircuitBreakDuration"] = "00:05:00";
        await using var services = ConnectorServices.Create(settings);
        var sick = connector.ServiceUrl;
        var healthy = new Uri($"http://localhost:{connector.ServiceUrl.Port}/teams/");
        await services.TrustAsync(sick);
        await services.TrustAsync(healthy);
        connector.Respond(500);
        connector.Respond(500);

        var first = await services.Client.SendToConversationAsync(sick, "a:1", new Activity { Text = "1" }, CancellationToken.None);
        var second = await services.Client.SendToConversationAsync(sick, "a:1", new Activity { Text = "2" }, CancellationToken.None);
        var rested = await services.Client.SendToConversationAsync(sick, "a:1", new Activity { Text = "3" }, CancellationToken.None);
        var other = await services.Client.SendToConversationAsync(healthy, "a:1", new Activity { Text = "4" }, CancellationToken.None);

        Assert.Equal(ConnectorErrorKind.ServiceError, first.Error?.Kind);
        Assert.Equal(ConnectorErrorKind.ServiceError, second.Error?.Kind);
        Assert.Equal(ConnectorErrorKind.Unavailable, rested.Error?.Kind);
        Assert.True(other.Succeeded);
        Assert.Equal(3, connector.Requests.Count); // the third call never left
    }
}
