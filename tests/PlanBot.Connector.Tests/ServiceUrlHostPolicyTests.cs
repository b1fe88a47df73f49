namespace PlanBot.Connector.Tests;

public sealed class ServiceUrlHostPolicyTests
{
    [Theory]
    [InlineData("smba.trafficmanager.net", true)]
    [InlineData("SMBA.TrafficManager.net", true)]
    [InlineData("europe.smba.trafficmanager.net", false)]
    [InlineData("api.botframework.com", true)]
    [InlineData("botframework.com", false)]
    [InlineData("evilbotframework.com", false)]
    [InlineData("botframework.com.evil.example", false)]
    [InlineData("smba.infra.gcc.teams.microsoft.com", true)]
    [InlineData("smba.infra.gov.teams.microsoft.us", true)]
    [InlineData("teams.microsoft.com.evil.example", false)]
    public void IsAllowed_DefaultList_MatchesExactHostsAndSubdomains(string host, bool expected) =>
        Assert.Equal(expected, ServiceUrlHostPolicy.IsAllowed(host, BotConnectorOptions.DefaultAllowedServiceUrlHosts));

    [Theory]
    [InlineData("smba.trafficmanager.net", true)]
    [InlineData("*.botframework.com", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("*.", false)]
    [InlineData("", false)]
    [InlineData("https://smba.trafficmanager.net/", false)]
    [InlineData("bad host", false)]
    public void IsValidPattern_Entry_AcceptsHostsAndWildcardDomains(string pattern, bool expected) =>
        Assert.Equal(expected, ServiceUrlHostPolicy.IsValidPattern(pattern));
}
