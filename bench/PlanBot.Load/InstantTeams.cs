using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.Load;

/// <summary>
/// A Bot Connector service on loopback that answers every call at once (no limits, no delay): replies to an activity
/// complete that activity's waiter, so the client can time a question from its POST to its answer's arrival.
/// </summary>
internal sealed class InstantTeams : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private long _replies;
    private long _sends;

    private InstantTeams(WebApplication app) => _app = app;

    /// <summary>Shaped like Teams' "https://smba.trafficmanager.net/teams/".</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Replies to an activity received so far.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    /// <summary>New messages (proactive cards) received so far.</summary>
    public long Sends => Interlocked.Read(ref _sends);

    public static async Task<InstantTeams> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var teams = new InstantTeams(app);
        app.MapPost("/teams/v3/conversations/{conversationId}/activities/{activityId}", teams.ReplyAsync);
        app.MapPut("/teams/v3/conversations/{conversationId}/activities/{activityId}", teams.UpdateAsync);
        app.MapPost("/teams/v3/conversations/{conversationId}/activities", teams.SendAsync);
        app.MapPost("/teams/v3/conversations", (HttpContext context) => Answer(context, "a:created-" + Guid.NewGuid().ToString("N")));
        await app.StartAsync();
        teams.ServiceUrl = new Uri(new Uri(app.Urls.First()), "teams/");
        return teams;
    }

    /// <summary>Waits for the reply to <paramref name="activityId"/>; the task gives its arrival (a Stopwatch timestamp).</summary>
    public Task<long> ReplyTo(string activityId) =>
        _waiting.GetOrAdd(activityId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task ReplyAsync(HttpContext context, string activityId)
    {
        await Drain(context);
        Interlocked.Increment(ref _replies);
        _waiting.GetOrAdd(activityId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult(Stopwatch.GetTimestamp());
        await Answer(context, "r-" + activityId);
    }

    private async Task UpdateAsync(HttpContext context, string activityId)
    {
        await Drain(context);
        await Answer(context, activityId);
    }

    private async Task SendAsync(HttpContext context, string conversationId)
    {
        await Drain(context);
        Interlocked.Increment(ref _sends);
        await Answer(context, "s-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>Reads the whole activity, as Teams would, before answering.</summary>
    private static Task Drain(HttpContext context) => context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);

    private static Task Answer(HttpContext context, string id)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        return context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = id });
    }
}
