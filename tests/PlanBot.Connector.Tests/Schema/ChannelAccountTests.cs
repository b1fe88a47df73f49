using System.Text.Json;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Tests.Schema;

public sealed class ChannelAccountTests
{
    [Theory]
    [InlineData("""{"id":"29:a","email":"a@example.com","userPrincipalName":"upn@example.com"}""", "a@example.com")]
    [InlineData("""{"id":"29:a","userPrincipalName":"upn@example.com"}""", "upn@example.com")]
    [InlineData("""{"id":"29:a","email":42}""", null)]
    [InlineData("""{"id":"29:a","aadObjectId":"11111111-0000-4000-8000-000000000000"}""", null)]
    public void GetEmail_AsTeamsSendsIt_EmailElseUpnElseNothing(string json, string? expected)
    {
        var account = JsonSerializer.Deserialize(json, ConnectorJsonContext.Default.ChannelAccount)!;

        Assert.Equal(expected, account.GetEmail());
    }
}
