using System.Net;
using PlanBot.Connector.Diagnostics;

namespace PlanBot.Connector.Client;

/// <summary>Counts every 429 the Bot Connector answers, retried or not; it sits inside the retry handler, so it sees each attempt.</summary>
internal sealed class ThrottleMeteringHandler(ConnectorMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            metrics.Throttled(request.RequestUri?.Host ?? "unknown");
        }

        return response;
    }
}
