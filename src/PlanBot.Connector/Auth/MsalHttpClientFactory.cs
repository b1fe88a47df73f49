using Microsoft.Identity.Client;

namespace PlanBot.Connector.Auth;

/// <summary>Lets MSAL's token requests go through IHttpClientFactory (and so through a test's fake handler).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "PlanBot.Connector.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
