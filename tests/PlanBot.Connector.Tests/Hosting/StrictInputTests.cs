using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PlanBot.Connector.Schema;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>Text that is not text is refused at the door with 400, and null list entries never reach a handler.</summary>
public sealed class StrictInputTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    private string Bearer => "Bearer " + fixture.Issuer.CreateToken(ServiceUrl);

    public static TheoryData<string, byte[]> InvalidText => new()
    {
        { "0xFF in the text", Spliced(TeamsActivities.Message(ServiceUrl, "bad-1", "BAD"), "BAD", [0x41, 0xFF, 0x42]) },
        { "truncated sequence in a card's data", Spliced(CardAction("bad-2", "BAD"), "BAD", [0xE9, 0xA0]) },
        { "overlong encoding of '/'", Spliced(TeamsActivities.Message(ServiceUrl, "bad-3", "BAD"), "BAD", [0xC0, 0xAF]) },
        { "encoded surrogate", Spliced(TeamsActivities.Message(ServiceUrl, "bad-4", "BAD"), "BAD", [0xED, 0xA0, 0x80]) },
        { "lone surrogate escape in a card's data", Encoding.UTF8.GetBytes(CardAction("bad-5", "BAD").Replace("BAD", "\\udc00", StringComparison.Ordinal)) },
        { "lone surrogate escape in an unknown property's name", Encoding.UTF8.GetBytes(TeamsActivities.Message(ServiceUrl, "bad-6").Replace("\"futureTeamsField\"", "\"\\ud800x\"", StringComparison.Ordinal)) },
    };

    [Theory]
    [MemberData(nameof(InvalidText))]
    public async Task Post_BodyWithInvalidText_Returns400AndHandlesNothing(string what, byte[] body)
    {
        using var response = await fixture.Host.PostAsync(body, Bearer);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{what}: {response.StatusCode}");
        Assert.Contains(fixture.Host.Logs.Lines, l => l.Contains("[1303]", StringComparison.Ordinal));
        Assert.False(fixture.Host.Handler.TryTakeHandled(out _), what);
    }

    [Fact]
    public async Task Post_ValidSurrogatePairEscape_IsAccepted()
    {
        var id = Guid.NewGuid().ToString();
        var json = TeamsActivities.Message(ServiceUrl, id, "TEXT").Replace("TEXT", "\\ud83d\\ude00 ok", StringComparison.Ordinal);

        using var response = await fixture.Host.PostAsync(json, Bearer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (turn, _) = await fixture.HandledTurnAsync(id);
        Assert.Equal("😀 ok", turn.Activity.Text);
    }

    [Fact]
    public async Task Post_NullEntriesInArrays_AreLeftOut()
    {
        var id = Guid.NewGuid().ToString();
        var json = TeamsActivities.Message(ServiceUrl, id)
            .Replace("\"entities\":[", "\"membersAdded\":[null,{\"id\":\"29:new\"},null],\"attachments\":[null],\"entities\":[null,", StringComparison.Ordinal);

        using var response = await fixture.Host.PostAsync(json, Bearer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (turn, _) = await fixture.HandledTurnAsync(id);
        Assert.Equal("clientInfo", Assert.Single(turn.Activity.Entities!).Type);
        Assert.Equal("29:new", Assert.Single(turn.Activity.MembersAdded!).Id);
        Assert.Empty(turn.Activity.Attachments!);
        Assert.Equal("Asia/Tokyo", turn.Activity.GetClientTimeZone());
    }

    /// <summary>An adaptiveCard/action invoke whose data's status is <paramref name="status"/>.</summary>
    private static string CardAction(string id, string status)
    {
        var invoke = JsonNode.Parse(TeamsActivities.Invoke(ServiceUrl, InvokeNames.AdaptiveCardAction, id))!;
        invoke["value"]!["action"]!["data"]!["status"] = status;
        return invoke.ToJsonString();
    }

    private static byte[] Spliced(string json, string marker, byte[] bytes)
    {
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, marker);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. bytes, .. Encoding.UTF8.GetBytes(json[(at + marker.Length)..])];
    }
}
