using System.Collections.Concurrent;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;

namespace PlanBot.Tests.Reminders;

/// <summary>A connector that accepts everything and remembers each update and message, so a test can await them.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private readonly ConcurrentQueue<(string ConversationId, string ActivityId, Activity Activity)> _updates = new();
    private readonly SemaphoreSlim _updated = new(0);
    private readonly ConcurrentQueue<(string? InReplyTo, Activity Activity)> _sent = new();
    private readonly SemaphoreSlim _anySent = new(0);

    public IReadOnlyCollection<(string ConversationId, string ActivityId, Activity Activity)> Updates => _updates;

    /// <summary>The next update, or a failure after <paramref name="patience"/> (the bot handles messages in the background).</summary>
    public async Task<(string ConversationId, string ActivityId, Activity Activity)> NextUpdateAsync(TimeSpan patience)
    {
        Assert.True(await _updated.WaitAsync(patience), $"No card update within {patience}.");
        return _updates.Last();
    }

    /// <summary>
    /// The reply to the activity <paramref name="activityId"/>, or a failure after <paramref name="patience"/>. Other
    /// messages sent meanwhile (the outbox delivering queued cards) are passed over, whichever arrives first.
    /// </summary>
    public async Task<Activity> ReplyToAsync(string activityId, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            var reply = _sent.FirstOrDefault(s => s.InReplyTo == activityId).Activity;
            if (reply is not null)
            {
                return reply;
            }

            try
            {
                await _anySent.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No reply to {activityId} within {patience}; sent meanwhile: {_sent.Count}.");
            }
        }
    }

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        _updates.Enqueue((conversationId, activityId, activity));
        _updated.Release();
        return Ok(activityId);
    }

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Sent(activityId, activity);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Sent(activity.ReplyToId, activity);

    public Task<ConnectorResult> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectorResult.Success);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Not used by the card round trips.");

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Not used by the card round trips.");

    private Task<ConnectorResult<ResourceResponse>> Sent(string? inReplyTo, Activity activity)
    {
        _sent.Enqueue((inReplyTo, activity));
        _anySent.Release();
        return Ok(Guid.NewGuid().ToString("N"));
    }

    private static Task<ConnectorResult<ResourceResponse>> Ok(string id) =>
        Task.FromResult(ConnectorResult<ResourceResponse>.Ok(new ResourceResponse { Id = id }));
}
