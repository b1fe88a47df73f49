using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PlanBot.Connector.Tests.Support;

/// <summary>
/// A Bot Connector service on loopback: records every call and answers from a script (default: 200 with an id).
/// Arrival times are read from the given clock, so tests can measure waits in fake time.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private readonly Channel<RecordedRequest> arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private LoopbackServer? server;

    private FakeConnector()
    {
    }

    /// <summary>Shaped like Teams' "https://smba.trafficmanager.net/teams/".</summary>
    public Uri ServiceUrl => new(server!.BaseAddress, "teams/");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<FakeConnector> StartAsync(TimeProvider? clock = null)
    {
        var fake = new FakeConnector();
        var time = clock ?? TimeProvider.System;
        fake.server = await LoopbackServer.StartAsync(app => app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
                body,
                time.GetUtcNow());
            fake.requests.Enqueue(recorded);
            fake.arrivals.Writer.TryWrite(recorded);
            if (fake.script.TryDequeue(out var respond))
            {
                await respond(context);
            }
            else
            {
                await Results.Json(new { id = "fake-activity-1" }).ExecuteAsync(context);
            }
        }));
        return fake;
    }

    /// <summary>The next answer: a status, an optional JSON body, optional headers.</summary>
    public void Respond(int status, string? json = null, params (string Name, string Value)[] headers) =>
        script.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            if (json is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json);
            }
        });

    /// <summary>The next answer, written by <paramref name="respond"/>.</summary>
    public void RespondWith(Func<HttpContext, Task> respond) => script.Enqueue(respond);

    /// <summary>Waits for the next request to arrive (bounded, so a broken test fails instead of hanging).</summary>
    public async Task<RecordedRequest> NextArrivalAsync() =>
        await arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

    public ValueTask DisposeAsync() => server!.DisposeAsync();
}
