using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PlanBot.Connector.Tests.Support;

/// <summary>
/// Entra's token endpoint (and an App Service managed-identity endpoint) as an in-memory handler behind MSAL's
/// HttpClient: MSAL refuses http authorities, so the real https authority is kept and answered here.
/// </summary>
public sealed class FakeTokenEndpoint : HttpMessageHandler
{
    public const string AccessToken = "fake-bot-access-token";

    private readonly ConcurrentQueue<(HttpRequestMessage Request, string Body)> received = new();

    public IReadOnlyList<(HttpRequestMessage Request, string Body)> Received => [.. received];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        received.Enqueue((request, body));
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var json = request.Method == HttpMethod.Get
            ? $$"""{"access_token":"{{AccessToken}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}"""
            : $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
