using System.Net.Http.Headers;
using PlanBot.Connector.Auth;

namespace PlanBot.Connector.Client;

/// <summary>Adds the bot's bearer token to each outbound attempt — after checking, once more, where the request goes.</summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens, ServiceUrlGuard guard) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var refusal = request.RequestUri is null ? "request has no URI" : guard.CheckHost(request.RequestUri);
        if (refusal is not null)
        {
            throw new UntrustedServiceUrlException(refusal);
        }

        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
