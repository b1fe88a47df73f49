using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Client;

/// <summary>The connector client against a fake Bot Connector on loopback: routes, token, retries, typed failures.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:abc@thread.skype;messageid=1481567603816";
    private FakeConnector connector = null!;
    private ConnectorServices services = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        services = ConnectorServices.Create();
        await services.TrustAsync(connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ReplyToActivity_TrustedServiceUrl_PostsToEscapedRouteWithBearerToken()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "承知しました。", ReplyToId = "1481567603816" };

        var result = await services.Client.ReplyToActivityAsync(connector.ServiceUrl, ConversationId, "1481567603816", reply, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("fake-activity-1", result.Value?.Id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1481567603816/activities/1481567603816", request.RawTarget);
        Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("承知しました。", body["text"]!.GetValue<string>());
        Assert.Null(body["attachments"]);
    }

    [Fact]
    public async Task UpdateActivity_TrustedServiceUrl_PutsToActivityRoute()
    {
        var card = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5"}""").RootElement.Clone() }],
        };

        var result = await services.Client.UpdateActivityAsync(connector.ServiceUrl, ConversationId, "act-7", card, CancellationToken.None);

        Assert.True(result.Succeeded);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/teams/v3/conversations/19:abc@thread.skype;messageid=1481567603816/activities/act-7", request.Path);
        Assert.Equal(Attachment.AdaptiveCardContentType, JsonNode.Parse(request.Body)!["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteActivity_TrustedServiceUrl_DeletesActivityRoute()
    {
        connector.Respond(200);

        var result = await services.Client.DeleteActivityAsync(connector.ServiceUrl, ConversationId, "act-7", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("DELETE", Assert.Single(connector.Requests).Method);
    }

    [Fact]
    public async Task CreateConversationThenSend_OneOnOne_PostsParametersThenActivity()
    {
        connector.Respond(201, """{"id":"a:1qhNLwS8ZC-new","activityId":null}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + TestIssuer.AppId },
            Members = [new ChannelAccount { Id = "29:1user" }],
            TenantId = "tenant-1",
            ChannelData = JsonDocument.Parse("""{"tenant":{"id":"tenant-1"}}""").RootElement.Clone(),
        };

        var created = await services.Client.CreateConversationAsync(connector.ServiceUrl, parameters, CancellationToken.None);
        var sent = await services.Client.SendToConversationAsync(
            connector.ServiceUrl, created.Value!.Id!, new Activity { Type = ActivityTypes.Message, Text = "第3四半期の進捗をご報告ください。" }, CancellationToken.None);

        Assert.True(sent.Succeeded);
        Assert.Equal(2, connector.Requests.Count);
        var create = connector.Requests[0];
        Assert.Equal("/teams/v3/conversations", create.Path);
        var body = JsonNode.Parse(create.Body)!;
        Assert.Equal("29:1user", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("/teams/v3/conversations/a:1qhNLwS8ZC-new/activities", connector.Requests[1].Path);
    }

    [Fact]
    public async Task GetPagedMembers_TwoPages_FollowsContinuationToken()
    {
        connector.Respond(200, """{"continuationToken":"tok+1/2=","members":[{"id":"29:a","name":"佐藤","aadObjectId":"oid-a","email":"sato@example.jp","userPrincipalName":"sato@example.jp","tenantId":"t","userRole":"user"}]}""");
        connector.Respond(200, """{"members":[{"id":"29:b","name":"鈴木","objectId":"oid-b"}]}""");

        var first = await services.Client.GetPagedMembersAsync(connector.ServiceUrl, "19:team@thread.tacv2", 100, null, CancellationToken.None);
        var second = await services.Client.GetPagedMembersAsync(connector.ServiceUrl, "19:team@thread.tacv2", 100, first.Value!.ContinuationToken, CancellationToken.None);

        Assert.Equal("sato@example.jp", Assert.Single(first.Value.Members).Email);
        Assert.Equal("oid-b", Assert.Single(second.Value!.Members).ObjectId);
        Assert.Null(second.Value.ContinuationToken);
        Assert.Equal("/teams/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100", connector.Requests[0].RawTarget);
        Assert.Equal("/teams/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100&continuationToken=tok%2B1%2F2%3D", connector.Requests[1].RawTarget);
    }

    [Fact]
    public async Task Send_503Always_RetriesThenReturnsTransientFailure()
    {
        for (var i = 0; i < 4; i++)
        {
            connector.Respond(503, """{"error":{"code":"ServiceError","message":"unavailable"}}""", ("X-Correlating-OperationId", "corr-" + i));
        }

        var result = await services.Client.SendToConversationAsync(connector.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(ConnectorErrorKind.Transient, result.Error!.Kind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Error.Status);
        Assert.Equal("corr-3", result.Error.CorrelationId);
        Assert.True(result.Error.IsTransient);
        Assert.Equal(4, connector.Requests.Count); // first attempt + MaxRetryAttempts 3
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Send_RetryableStatusOnce_SucceedsOnRetry(int status)
    {
        connector.Respond(status);

        var result = await services.Client.SendToConversationAsync(connector.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Theory]
    [InlineData(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", ConnectorErrorKind.ConversationBlockedByUser)]
    [InlineData(403, """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"}"}""", ConnectorErrorKind.ConversationBlockedByUser)]
    [InlineData(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", ConnectorErrorKind.BotNotInConversationRoster)]
    [InlineData(403, """{"error":{"code":"BotDisabledByAdmin","message":"disabled"}}""", ConnectorErrorKind.BotDisabledByAdmin)]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", ConnectorErrorKind.ConversationNotFound)]
    public async Task Send_TeamsUnreachableConversation_NoRetryAndTypedOutcome(int status, string body, ConnectorErrorKind expected)
    {
        connector.Respond(status, body);

        var result = await services.Client.SendToConversationAsync(connector.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(expected, result.Error?.Kind);
        Assert.True(result.Error!.ConversationUnreachable);
        Assert.False(result.Error.IsTransient);
        Assert.Single(connector.Requests);
    }

    [Theory]
    [InlineData(400, """{"error":{"code":"BadArgument","message":"bad"}}""", ConnectorErrorKind.BadRequest)]
    [InlineData(413, """{"error":{"code":"MessageSizeTooBig","message":"too big"}}""", ConnectorErrorKind.MessageTooLarge)]
    [InlineData(500, """{"error":{"code":"ServiceError","message":"boom"}}""", ConnectorErrorKind.ServiceError)]
    [InlineData(404, """{"error":{"code":"ActivityNotFoundInConversation","message":"gone"}}""", ConnectorErrorKind.NotFound)]
    [InlineData(401, "", ConnectorErrorKind.Unauthorized)]
    public async Task Send_NonRetryableStatus_NoRetryAndTypedOutcome(int status, string body, ConnectorErrorKind expected)
    {
        connector.Respond(status, body);

        var result = await services.Client.SendToConversationAsync(connector.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(expected, result.Error?.Kind);
        Assert.False(result.Error!.ConversationUnreachable);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Send_429WithRetryAfterBeyondLimit_ReturnsThrottledWithoutWaiting()
    {
        connector.Respond(429, """{"error":{"code":"Throttled","message":"slow down"}}""", ("Retry-After", "600"));

        var result = await services.Client.SendToConversationAsync(connector.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(ConnectorErrorKind.Throttled, result.Error?.Kind);
        Assert.Equal(TimeSpan.FromSeconds(600), result.Error!.RetryAfter);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Send_UntrustedServiceUrl_RefusedWithoutAnyRequest()
    {
        await using var stranger = await FakeConnector.StartAsync();

        var result = await services.Client.SendToConversationAsync(stranger.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(ConnectorErrorKind.UntrustedServiceUrl, result.Error?.Kind);
        Assert.Empty(stranger.Requests);
        Assert.Empty(services.Tokens.Received);
    }

    [Fact]
    public async Task Send_TrustedButHostNotAllowed_RefusedWithoutAnyRequest()
    {
        var localhostUrl = new Uri($"http://localhost:{connector.ServiceUrl.Port}/teams/");
        await services.TrustAsync(localhostUrl);

        var result = await services.Client.SendToConversationAsync(localhostUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);

        Assert.Equal(ConnectorErrorKind.UntrustedServiceUrl, result.Error?.Kind);
        Assert.Contains("allow-list", result.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongInFakeTimeThenSucceeds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));
        await using var timedConnector = await FakeConnector.StartAsync(clock);
        var settings = ConnectorServices.DefaultSettings();
        settings["BotConnector:Resilience:BaseDelay"] = "00:00:30";
        settings["BotConnector:Resilience:MaxDelay"] = "00:01:00";
        settings["BotConnector:Resilience:AttemptTimeout"] = "00:05:00";
        await using var timed = ConnectorServices.Create(settings, clock);
        await timed.TrustAsync(timedConnector.ServiceUrl);
        timedConnector.Respond(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "2"));

        var send = timed.Client.SendToConversationAsync(timedConnector.ServiceUrl, ConversationId, new Activity { Text = "x" }, CancellationToken.None);
        var first = await timedConnector.NextArrivalAsync();
        // Drive the fake clock in small steps until the retry arrives; no wall-clock waiting for the Retry-After itself.
        var second = timedConnector.NextArrivalAsync();
        while (!second.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(second, Task.Delay(5));
        }

        var result = await send;
        Assert.True(result.Succeeded);
        var waited = (await second).At - first.At;
        // At least Retry-After; well under the 30 s backoff. (The clock may run ahead before the retry's timer is set,
        // which can only lengthen the measured wait, so the upper bound is loose.)
        Assert.InRange(waited, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));
    }
}
