using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PlanBot.Floor;

/// <summary>
/// The connector's outgoing calls: a named HttpClient from <see cref="IHttpClientFactory"/> with the standard
/// resilience pipeline (rate limiter, timeouts, retry, circuit breaker), POSTing one reply per request to the loopback
/// Teams this process serves (<c>/v3/conversations/.../activities/...</c>), as PlanBot replies to a message.
/// </summary>
internal sealed class HttpLayer : ILayer
{
    private const string ClientName = "connector";
    private Uri? _teams;

    public static ILayer Add(IServiceCollection services)
    {
        services.AddHttpClient(ClientName).AddStandardResilienceHandler();
        return new HttpLayer();
    }

    public Task AfterStartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _teams = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return Task.CompletedTask;
    }

    public async Task OnTurnAsync(IServiceProvider services, Turn turn, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        var url = new Uri(_teams!, $"v3/conversations/{Uri.EscapeDataString("a:floor")}/activities/{Uri.EscapeDataString(turn.ActivityId)}");
        using var content = JsonContent.Create(new { type = "message", replyToId = turn.ActivityId, text = turn.Text });
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await client.PostAsync(url, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
