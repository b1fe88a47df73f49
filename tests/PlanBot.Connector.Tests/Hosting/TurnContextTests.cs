using System.Net;
using System.Text.Json.Nodes;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>The whole path: an authenticated activity in, the handler's reply out to the serviceUrl it came from.</summary>
public sealed class TurnContextTests : IAsyncLifetime
{
    private readonly TestIssuer issuer = new();
    private FakeConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        await issuer.InitializeAsync();
        connector = await FakeConnector.StartAsync();
        host = await BotHost.StartAsync(BotHost.AuthenticatedSettings(issuer));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task ReplyAsync_AfterAuthenticatedMessage_PostsReplyWithTokenToItsServiceUrl()
    {
        var serviceUrl = connector.ServiceUrl.AbsoluteUri;
        var replied = new TaskCompletionSource<ConnectorResult<ResourceResponse>>();
        host.Handler.Behaviour = async (turn, ct) =>
        {
            replied.TrySetResult(await turn.ReplyAsync("PlanBot は準備中です。「ヘルプ」で使い方をご覧いただけます。", ct));
            return null;
        };

        using var response = await host.PostAsync(TeamsActivities.Message(serviceUrl, "msg-1"), "Bearer " + issuer.CreateToken(serviceUrl));
        var result = await replied.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(result.Succeeded, result.Error?.ToString());
        var request = Assert.Single(connector.Requests);
        Assert.Equal($"/teams/v3/conversations/{TeamsActivities.ConversationId}/activities/msg-1", request.Path);
        Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, request.Authorization);
        var reply = JsonNode.Parse(request.Body)!;
        Assert.Equal("msg-1", reply["replyToId"]!.GetValue<string>());
        Assert.Equal("28:" + TestIssuer.AppId, reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1user", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.ConversationId, reply["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_ServiceUrlOnlyInRejectedRequest_RefusedAsUntrusted()
    {
        // A forged activity names the fake connector; it is refused, so the URL never becomes trusted.
        var serviceUrl = connector.ServiceUrl.AbsoluteUri;
        using var forged = await host.PostAsync(TeamsActivities.Message(serviceUrl, "forged-1"), "Bearer " + issuer.CreateToken(serviceUrl, audience: "someone-else"));
        var client = (IConnectorClient)host.Services.GetService(typeof(IConnectorClient))!;

        var result = await client.SendToConversationAsync(connector.ServiceUrl, "a:1", new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(ConnectorErrorKind.UntrustedServiceUrl, result.Error?.Kind);
        Assert.Empty(connector.Requests);
    }
}
