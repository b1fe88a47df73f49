using System.Net;

namespace PlanBot.Connector.Tests;

public sealed class LoopbackAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("::ffff:10.0.0.5", false)]
    [InlineData("192.168.1.2", false)]
    public void IsLoopback_Address_MatchesThisMachineOnly(string address, bool expected) =>
        Assert.Equal(expected, LoopbackAddresses.IsLoopback(IPAddress.Parse(address)));

    [Fact]
    public void IsLoopback_NoAddress_False() => Assert.False(LoopbackAddresses.IsLoopback((IPAddress?)null));

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/keys", true)]
    [InlineData("http://localhost:5000/keys", true)]
    [InlineData("http://[::1]:5000/keys", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://127.evil.example.com/keys", false)]
    [InlineData("ftp://127.0.0.1/keys", false)]
    public void IsSecureOrLoopback_Url_HttpsOrLoopbackHttpOnly(string url, bool expected) =>
        Assert.Equal(expected, LoopbackAddresses.IsSecureOrLoopback(new Uri(url)));
}
