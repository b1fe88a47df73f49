using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// The connector as a turn uses it. Every call has the turn's reply budget, and the client retries inline calls at
/// once or not at all. A message that still cannot go (no answer, 5xx, 429, the budget spent, the host's circuit
/// open) is handed to the <see cref="IReplyOutbox"/> and reported sent, so a dead or slow conversation costs the
/// worker one attempt and other users nothing; the outbox delivers it later with backoff.
/// </summary>
internal sealed partial class TurnConnector(
    IConnectorClient inner,
    IReplyOutbox outbox,
    Activity inbound,
    TimeSpan budget,
    TimeProvider timeProvider,
    ILogger logger) : IConnectorClient
{
    private int sent;

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        DeliverAsync(DeferredReplyKind.Reply, serviceUrl, conversationId, activityId, activity, token => inner.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, token), cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        DeliverAsync(DeferredReplyKind.Send, serviceUrl, conversationId, null, activity, token => inner.SendToConversationAsync(serviceUrl, conversationId, activity, token), cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        DeliverAsync(DeferredReplyKind.Update, serviceUrl, conversationId, activityId, activity, token => inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, token), cancellationToken);

    public Task<ConnectorResult> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        WithinBudgetAsync(token => inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, token), error => new ConnectorResult(error), cancellationToken);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        WithinBudgetAsync(token => inner.CreateConversationAsync(serviceUrl, parameters, token), ConnectorResult<ConversationResourceResponse>.Fail, cancellationToken);

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        WithinBudgetAsync(token => inner.GetPagedMembersAsync(serviceUrl, conversationId, pageSize, continuationToken, token), ConnectorResult<PagedMembersResult>.Fail, cancellationToken);

    private async Task<ConnectorResult<ResourceResponse>> DeliverAsync(
        DeferredReplyKind kind,
        Uri serviceUrl,
        string conversationId,
        string? activityId,
        Activity activity,
        Func<CancellationToken, Task<ConnectorResult<ResourceResponse>>> call,
        CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref sent);
        var result = await WithinBudgetAsync(call, ConnectorResult<ResourceResponse>.Fail, cancellationToken).ConfigureAwait(false);
        if (result.Error is not { } error || !IsWorthKeeping(error))
        {
            return result;
        }

        var reply = new DeferredReply(KeyOf(number), kind, serviceUrl, conversationId, activityId, activity, error.RetryAfter);
        try
        {
            if (await outbox.DeferAsync(reply, cancellationToken).ConfigureAwait(false))
            {
                LogDeferred(logger, kind, conversationId, error.Kind, reply.Key);
                return ConnectorResult<ResourceResponse>.Ok(new ResourceResponse());
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeferFailed(logger, kind, conversationId, exception);
        }

        return result;
    }

    private async Task<TResult> WithinBudgetAsync<TResult>(Func<CancellationToken, Task<TResult>> call, Func<ConnectorError, TResult> fail, CancellationToken cancellationToken)
    {
        using var spent = new CancellationTokenSource(budget, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, spent.Token);
        try
        {
            return await call(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (spent.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return fail(new ConnectorError(ConnectorErrorKind.Unavailable, Message: string.Create(CultureInfo.InvariantCulture, $"no answer within the reply budget of {budget.TotalSeconds:0.#} s")));
        }
    }

    /// <summary>Failures time can heal; the others (blocked, bad request, too large) are the handler's to act on.</summary>
    private static bool IsWorthKeeping(ConnectorError error) => error.IsTransient || error.Kind == ConnectorErrorKind.ServiceError;

    /// <summary>"reply:" and 40 hex digits of the conversation, the inbound activity and the message's place in the turn.</summary>
    private string KeyOf(int number)
    {
        var identity = $"{inbound.Conversation?.Id}\n{inbound.Id ?? Guid.NewGuid().ToString()}\n{number}";
        return "reply:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..40];
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "{Kind} to {ConversationId} not delivered in the turn ({ErrorKind}); handed to the outbox as {Key}")]
    private static partial void LogDeferred(ILogger logger, DeferredReplyKind kind, string conversationId, ConnectorErrorKind errorKind, string key);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Error, Message = "{Kind} to {ConversationId} failed and could not be handed to the outbox")]
    private static partial void LogDeferFailed(ILogger logger, DeferredReplyKind kind, string conversationId, Exception exception);
}
