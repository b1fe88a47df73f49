using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.Tests.Proactive;

/// <summary>
/// A Bot Connector service on loopback for proactive sends and replies: it records every send (a reply counts as one),
/// create-conversation and member listing, answers sends with activity ids, serves the members in pages when asked, and
/// can be told to refuse a conversation (403), throttle it (429 with Retry-After), hold every send to Teams' limits,
/// refuse a team's member list, or hang on the n-th send until the caller gives up (a host dying mid-request).
/// </summary>
internal sealed class FakeTeams : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeTeamsSend> _sends = new();
    private readonly ConcurrentQueue<string> _created = new();
    private readonly ConcurrentQueue<FakeTeamsUpload> _uploads = new();
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _refusals = new(StringComparer.Ordinal);
    private readonly List<JsonElement> _members = [];
    private readonly ConcurrentDictionary<string, bool> _membersRefused = new(StringComparer.Ordinal);
    private int _membersPerPage = int.MaxValue;
    private readonly SemaphoreSlim _deliveries = new(0);
    private int _sendCount;
    private int _memberListings;
    private int _hangOnSend;
    private volatile Func<string, bool>? _holdFilter;
    private int _holdFrom;
    private int _filteredCount;
    private int _throttled;
    private PlanBot.FanOut.TeamsLimits? _limits;

    private FakeTeams(WebApplication app) => _app = app;

    /// <summary>Shaped like Teams' "https://smba.trafficmanager.net/teams/".</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Sends Teams answered with an activity id: what reached a user.</summary>
    public IReadOnlyList<FakeTeamsSend> Delivered => [.. _sends.Where(s => s.ActivityId is not null)];

    /// <summary>Every send that arrived, answered or not.</summary>
    public IReadOnlyList<FakeTeamsSend> Arrived => [.. _sends];

    /// <summary>Files PUT to the OneDrive upload URLs this fake hands out (see <see cref="UploadUrl"/>).</summary>
    public IReadOnlyList<FakeTeamsUpload> Uploads => [.. _uploads];

    /// <summary>An upload URL as Teams gives one in a fileConsent/invoke (OneDrive's, here on the same loopback host).</summary>
    public Uri UploadUrl(string session) => new(ServiceUrl, $"../upload/{Uri.EscapeDataString(session)}");

    /// <summary>The members the 1:1 chats were created with.</summary>
    public IReadOnlyList<string> CreatedFor => [.. _created];

    /// <summary>Calls of the paged members API, a call per page.</summary>
    public int MemberListings => _memberListings;

    /// <summary>Completes when a send hangs (see <see cref="HangOnSend"/>).</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeTeams> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTeams(app);
        app.MapPost("/teams/v3/conversations/{id}/activities", fake.SendAsync);
        app.MapPost("/teams/v3/conversations/{id}/activities/{replyToId}", (HttpContext context, string id, string replyToId) => fake.SendAsync(context, id));
        app.MapPost("/teams/v3/conversations", fake.CreateAsync);
        app.MapGet("/teams/v3/conversations/{id}/pagedmembers", fake.MembersAsync);
        app.MapPut("/upload/{session}", fake.UploadAsync);
        await app.StartAsync();
        fake.ServiceUrl = new Uri(new Uri(app.Urls.First()), "teams/");
        return fake;
    }

    /// <summary>A member of the installed team, as the paged members call returns them.</summary>
    public void AddMember(string id, string name, string? aadObjectId, string email) =>
        _members.Add(JsonSerializer.SerializeToElement(new Dictionary<string, string?>
        {
            ["id"] = id,
            ["name"] = name,
            ["aadObjectId"] = aadObjectId,
            ["email"] = email,
            ["userPrincipalName"] = email,
        }));

    /// <summary>The installed team has no members any more (add others with <see cref="AddMember"/>).</summary>
    public void ClearMembers() => _members.Clear();

    /// <summary>The members call answers at most <paramref name="count"/> members a page, with a continuation token for the rest.</summary>
    public void ServeMembersInPagesOf(int count) => _membersPerPage = count;

    /// <summary>Listing the members of the conversation gets 403 BotNotInConversationRoster, as after PlanBot was removed from the team.</summary>
    public void RefuseMembersOf(string conversationId) => _membersRefused[conversationId] = true;

    /// <summary>Every send to the conversation gets 403 ConversationBlockedByUser, as Teams answers once a user blocked the bot.</summary>
    public void Block(string conversationId) =>
        _refusals[conversationId] = context => Error(context, 403, "ConversationBlockedByUser", "User blocked the conversation with the bot.");

    /// <summary>The next send to the conversation gets 429 asking to wait <paramref name="retryAfterSeconds"/>.</summary>
    public void ThrottleOnce(string conversationId, int retryAfterSeconds) =>
        _refusals[conversationId] = context =>
        {
            _refusals.TryRemove(conversationId, out _);
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(context, 429, "Throttled", "Too many requests.");
        };

    /// <summary>Sends answered 429 because they were over <see cref="EnforceLimits"/>.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>From now on every send over Teams' per-app and per-conversation limits gets 429 with Retry-After, as Teams answers.</summary>
    public void EnforceLimits(TimeProvider clock) => _limits = new PlanBot.FanOut.TeamsLimits(clock, PlanBot.FanOut.TeamsLimits.TeamsAppPerSecond);

    /// <summary>The <paramref name="n"/>-th send (1-based) hangs until the caller aborts it; later ones are answered.</summary>
    public void HangOnSend(int n) => _hangOnSend = n;

    /// <summary>
    /// From the <paramref name="n"/>-th (1-based) on, every send to a conversation <paramref name="to"/> accepts is held
    /// unanswered until the caller aborts it, as by a Teams that stopped answering; <see cref="Release"/> ends that.
    /// </summary>
    public void HoldSendsTo(Func<string, bool> to, int n)
    {
        _holdFrom = n;
        _holdFilter = to;
    }

    /// <summary>Sends are answered again (those held stay held).</summary>
    public void Release() => _holdFilter = null;

    /// <summary>Waits until a send to <paramref name="conversationId"/> is being held (see <see cref="HoldSendsTo"/>).</summary>
    public async Task HeldAsync(Func<string, bool> conversationId, TimeSpan patience)
    {
        for (var deadline = DateTimeOffset.UtcNow + patience; !Arrived.Any(s => s.ActivityId is null && conversationId(s.ConversationId)); await Task.Delay(20))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"No send was held within {patience}.");
        }
    }

    /// <summary>Waits until a send is answered, or at most <paramref name="patience"/>; true when one was.</summary>
    public Task<bool> DeliveredChanged(TimeSpan patience) => _deliveries.WaitAsync(patience);

    /// <summary>The <paramref name="nth"/> (0-based) send to a conversation Teams answered, waiting for it at most <paramref name="patience"/>.</summary>
    public async Task<FakeTeamsSend> DeliveredToAsync(string conversationId, int nth, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            if (Delivered.Where(s => s.ConversationId == conversationId).Skip(nth).FirstOrDefault() is { } send)
            {
                return send;
            }

            var left = deadline - DateTimeOffset.UtcNow;
            Assert.True(left > TimeSpan.Zero && await DeliveredChanged(left), $"Nothing reached {conversationId} within {patience}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _deliveries.Dispose();
    }

    private async Task SendAsync(HttpContext context, string id)
    {
        var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var n = Interlocked.Increment(ref _sendCount);
        if (n == _hangOnSend || (_holdFilter?.Invoke(id) == true && Interlocked.Increment(ref _filteredCount) >= _holdFrom))
        {
            _sends.Enqueue(new FakeTeamsSend(id, body.RootElement.Clone(), null));
            Hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return;
        }

        if (_limits?.TryTake(id) is { } wait && wait > TimeSpan.Zero)
        {
            Interlocked.Increment(ref _throttled);
            _sends.Enqueue(new FakeTeamsSend(id, body.RootElement.Clone(), null));
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Error(context, 429, "Throttled", "Too many requests.");
            return;
        }

        if (_refusals.TryGetValue(id, out var refuse))
        {
            _sends.Enqueue(new FakeTeamsSend(id, body.RootElement.Clone(), null));
            await refuse(context);
            return;
        }

        var activityId = $"activity-{n}";
        _sends.Enqueue(new FakeTeamsSend(id, body.RootElement.Clone(), activityId));
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = activityId });
        _deliveries.Release();
    }

    private async Task UploadAsync(HttpContext context, string session)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        _uploads.Enqueue(new FakeTeamsUpload(session, context.Request.Headers.ContentRange.ToString(), context.Request.Headers.Authorization.ToString(), body.ToArray()));
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = session, ["name"] = session });
    }

    private async Task CreateAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var member = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString()!;
        _created.Enqueue(member);
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = PersonalChatOf(member) });
    }

    private async Task MembersAsync(HttpContext context, string id)
    {
        Interlocked.Increment(ref _memberListings);
        if (_membersRefused.ContainsKey(id))
        {
            await Error(context, 403, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");
            return;
        }

        var from = int.TryParse(context.Request.Query["continuationToken"], out var token) ? token : 0;
        var page = _members.Skip(from).Take(_membersPerPage).ToArray();
        var body = new Dictionary<string, object> { ["members"] = page };
        if (from + page.Length < _members.Count)
        {
            body["continuationToken"] = (from + page.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsJsonAsync(body);
    }

    /// <summary>The conversation id the fake gives a 1:1 chat it creates.</summary>
    public static string PersonalChatOf(string memberId) => $"a:created-{memberId}";

    private static Task Error(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message },
        });
    }
}
