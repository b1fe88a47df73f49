using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.FanOut;

/// <summary>
/// A Bot Connector service on loopback that holds PlanBot to Teams' limits: it answers 429 with Retry-After to any send
/// over <see cref="TeamsLimits"/>, and counts every send it accepted per conversation, so lost and duplicated cards can
/// be told apart from throttled ones.
/// </summary>
internal sealed class ThrottlingTeams : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TeamsLimits _limits;
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);
    private long _throttled;
    private long _created;
    private long _sendCount;
    private long _firstAcceptedTicks;
    private long _lastAcceptedTicks;

    private ThrottlingTeams(WebApplication app, TeamsLimits limits)
    {
        _app = app;
        _limits = limits;
    }

    /// <summary>Shaped like Teams' "https://smba.trafficmanager.net/teams/".</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Accepted sends per conversation id.</summary>
    public IReadOnlyDictionary<string, int> Accepted => _accepted;

    /// <summary>Sends answered 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>1:1 chats PlanBot asked to create (none expected: every owner's chat is stored beforehand).</summary>
    public long Created => Interlocked.Read(ref _created);

    /// <summary>Between the first and the last accepted send (timestamps of the limits' clock).</summary>
    public TimeSpan AcceptedSpan => _limits.Clock.GetElapsedTime(Interlocked.Read(ref _firstAcceptedTicks), Interlocked.Read(ref _lastAcceptedTicks));

    public static async Task<ThrottlingTeams> StartAsync(TeamsLimits limits)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var teams = new ThrottlingTeams(app, limits);
        app.MapPost("/teams/v3/conversations/{id}/activities", teams.SendAsync);
        app.MapPost("/teams/v3/conversations", teams.CreateAsync);
        await app.StartAsync();
        teams.ServiceUrl = new Uri(new Uri(app.Urls.First()), "teams/");
        return teams;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task SendAsync(HttpContext context, string id)
    {
        // Read the whole activity, as Teams would, before answering.
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var wait = _limits.TryTake(id);
        if (wait > TimeSpan.Zero)
        {
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
            {
                ["error"] = new Dictionary<string, string> { ["code"] = "Throttled", ["message"] = "Too many requests." },
            });
            return;
        }

        var now = _limits.Clock.GetTimestamp();
        Interlocked.CompareExchange(ref _firstAcceptedTicks, now, 0);
        Interlocked.Exchange(ref _lastAcceptedTicks, now);
        _accepted.AddOrUpdate(id, 1, (_, count) => count + 1);
        var n = Interlocked.Increment(ref _sendCount);
        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = $"activity-{n}" });
    }

    private async Task CreateAsync(HttpContext context)
    {
        Interlocked.Increment(ref _created);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["error"] = new Dictionary<string, string> { ["code"] = "NotFound", ["message"] = "The load client stores every 1:1 chat beforehand." },
        });
    }
}
