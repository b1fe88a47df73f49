using Microsoft.IdentityModel.Protocols;

namespace PlanBot.Connector.Auth;

/// <summary>
/// Fetches the OpenID metadata and its JWKS, refusing any address that is not https (plain http only on loopback,
/// for tests and local tools) — including a jwks_uri named inside a loopback metadata document.
/// </summary>
internal sealed class OpenIdDocumentRetriever(HttpClient httpClient) : IDocumentRetriever
{
    private readonly HttpDocumentRetriever inner = new(httpClient) { RequireHttps = false };

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !LoopbackAddresses.IsSecureOrLoopback(uri))
        {
            throw new InvalidOperationException($"Refusing OpenID document address '{address}': https is required (http only on loopback).");
        }

        return inner.GetDocumentAsync(address, cancel);
    }
}
