using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>The messaging endpoint's contract over real HTTP: status codes, dedup, invoke inline, background turns.</summary>
public sealed class BotRequestProcessorTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    private string Bearer => "Bearer " + fixture.Issuer.CreateToken(ServiceUrl);

    [Fact]
    public async Task Post_TeamsMessage_KeepsUnknownFieldsAndReadsModelledOnes()
    {
        var id = Guid.NewGuid().ToString();

        using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), Bearer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (turn, _) = await fixture.HandledTurnAsync(id);
        var activity = turn.Activity;
        Assert.Equal("山田 太郎", activity.From?.Name);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Equal("Asia/Tokyo", activity.GetClientTimeZone());
        Assert.Equal("tenant-1", activity.GetTeamsChannelData()?.Tenant?.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 2, 3, 456, TimeSpan.FromHours(9)), activity.LocalTimestamp);
        var echoed = JsonNode.Parse(JsonSerializer.Serialize(activity, ConnectorJsonContext.Default.Activity))!;
        Assert.Equal("[1,2,3]", echoed["futureTeamsField"]!["nested"]!.ToJsonString());
        Assert.Equal("JP", echoed["entities"]![0]!["country"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"id":"x","serviceUrl":"https://smba.trafficmanager.net/teams/","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","id":"x","serviceUrl":"https://smba.trafficmanager.net/teams/"}""")]
    [InlineData("""{"type":"message","id":"x","conversation":{"id":"c"}}""")]
    [InlineData("""{"type":"message","id":"x","serviceUrl":"https://smba.trafficmanager.net/teams/","conversation":{"id":""}}""")]
    [InlineData("""{"type":"message","id":"x","serviceUrl":"https://smba.trafficmanager.net/teams/","conversation":{"id":"c"},"membersAdded":"oops"}""")]
    public async Task Post_MalformedActivity_Returns400(string body)
    {
        using var response = await fixture.Host.PostAsync(body, Bearer);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Returns413()
    {
        var text = new string('あ', 90_000); // 270 KB in UTF-8

        using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, Guid.NewGuid().ToString(), text), Bearer);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KB_Returns413()
    {
        var body = Encoding.UTF8.GetBytes(TeamsActivities.Message(ServiceUrl, Guid.NewGuid().ToString(), new string('x', 300_000)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new UnknownLengthContent(body) };
        request.Headers.TryAddWithoutValidation("Authorization", Bearer);

        using var response = await fixture.Host.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyJustUnder256KB_Returns200()
    {
        var id = Guid.NewGuid().ToString();
        var json = TeamsActivities.Message(ServiceUrl, id, "");
        var padded = TeamsActivities.Message(ServiceUrl, id, new string('x', (256 * 1024) - Encoding.UTF8.GetByteCount(json)));

        using var response = await fixture.Host.PostAsync(padded, Bearer);

        Assert.Equal(256 * 1024, Encoding.UTF8.GetByteCount(padded));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.HandledUntilAsync(id);
    }

    [Fact]
    public async Task Post_SameActivityTwice_ProcessedOnce()
    {
        var id = Guid.NewGuid().ToString();
        var next = Guid.NewGuid().ToString();

        using var first = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), Bearer);
        using var second = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), Bearer);
        using var third = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, next), Bearer);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var seen = await fixture.HandledUntilAsync(next);
        Assert.Single(seen, s => s == id);
    }

    [Fact]
    public async Task Post_HandledInvoke_AnswersInlineWithInvokeResponse()
    {
        fixture.Host.Handler.Behaviour = (turn, _) => Task.FromResult<InvokeResponse?>(
            turn.Activity.Name == InvokeNames.AdaptiveCardAction
                ? new InvokeResponse(200, JsonSerializer.SerializeToElement(new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.activity.message",
                    ["value"] = "受け付けました: " + turn.Activity.Value?.GetProperty("action").GetProperty("data").GetProperty("status").GetString(),
                }))
                : null);
        try
        {
            using var response = await fixture.Host.PostAsync(TeamsActivities.Invoke(ServiceUrl, InvokeNames.AdaptiveCardAction, Guid.NewGuid().ToString()), Bearer);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("受け付けました: 順調", body["value"]!.GetValue<string>());
        }
        finally
        {
            fixture.Host.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(null);
        }
    }

    [Fact]
    public async Task Post_InvokeStatusWithoutBody_WritesStatus()
    {
        fixture.Host.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(412));
        try
        {
            using var response = await fixture.Host.PostAsync(TeamsActivities.Invoke(ServiceUrl, InvokeNames.AdaptiveCardAction, Guid.NewGuid().ToString()), Bearer);

            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        }
        finally
        {
            fixture.Host.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(null);
        }
    }

    [Fact]
    public async Task Post_UnknownInvoke_Returns501()
    {
        using var response = await fixture.Host.PostAsync(TeamsActivities.Invoke(ServiceUrl, "composeExtension/query", Guid.NewGuid().ToString()), Bearer);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_Returns500AndLogsIt()
    {
        fixture.Host.Handler.Behaviour = (_, _) => throw new InvalidOperationException("card store down");
        try
        {
            using var response = await fixture.Host.PostAsync(TeamsActivities.Invoke(ServiceUrl, InvokeNames.AdaptiveCardAction, Guid.NewGuid().ToString()), Bearer);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains(fixture.Host.Logs.Lines, l => l.Contains("[1305]", StringComparison.Ordinal) && l.Contains("card store down", StringComparison.Ordinal));
        }
        finally
        {
            fixture.Host.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(null);
        }
    }

    [Fact]
    public async Task Post_BackgroundHandlerThrows_Returns200AndLogsTheFailure()
    {
        var id = Guid.NewGuid().ToString();
        var failed = new TaskCompletionSource();
        fixture.Host.Handler.Behaviour = (turn, _) =>
        {
            if (turn.Activity.Id == id)
            {
                failed.TrySetResult();
                throw new InvalidOperationException("reply failed");
            }

            return Task.FromResult<InvokeResponse?>(null);
        };
        try
        {
            using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), Bearer);
            var after = Guid.NewGuid().ToString();
            using var next = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, after), Bearer);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await fixture.HandledUntilAsync(after);
            Assert.Contains(fixture.Host.Logs.Lines, l => l.Contains("[1202]", StringComparison.Ordinal) && l.Contains(id, StringComparison.Ordinal) && l.Contains("reply failed", StringComparison.Ordinal));
        }
        finally
        {
            fixture.Host.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(null);
        }
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Returns405()
    {
        using var response = await fixture.Host.Client.GetAsync(new Uri("api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
