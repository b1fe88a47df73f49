using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Diagnostics;
using Polly;
using Polly.Timeout;

namespace PlanBot.Connector.Client;

/// <summary>
/// Teams' retry guidance as a Polly pipeline (one per host): 429 waits for Retry-After (else exponential backoff with
/// jitter), 412/502/503/504 and network failures back off, attempts are bounded, and a host that keeps failing is
/// given a rest by a circuit breaker. Every other status is final and reaches the caller as a typed error.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "PlanBot.Connector";

    /// <summary>
    /// Marks a request sent while a turn is being handled: it is retried at once and at most
    /// <see cref="ConnectorResilienceOptions.InlineRetryAttempts"/> times, never after a wait, so a slow or dead
    /// conversation holds no activity worker; what still fails goes to the outbox (see <c>TurnConnector</c>).
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> Inline = new("PlanBot.Connector.Inline");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value.Resilience;
        var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var metrics = context.ServiceProvider.GetRequiredService<ConnectorMetrics>();
        builder.TimeProvider = timeProvider;

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsInline(args.Context)
                    ? args.AttemptNumber < options.InlineRetryAttempts && ShouldRetryAtOnce(args.Outcome, timeProvider)
                    : ShouldRetry(args.Outcome, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(
                    IsInline(args.Context) ? TimeSpan.Zero
                    : args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled ? RetryAfter.Of(throttled, timeProvider)
                    : null),
                OnRetry = args =>
                {
                    if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests, RequestMessage.RequestUri: { } uri })
                    {
                        metrics.RetryAfterWaited(args.RetryDelay, uri.Host);
                    }

                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitFailureRatio,
            MinimumThroughput = options.CircuitMinimumThroughput,
            SamplingDuration = options.CircuitSamplingDuration,
            BreakDuration = options.CircuitBreakDuration,
            // Throttling is per conversation, not a sick host: only server errors and silence count.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                { Result: { } response } => (int)response.StatusCode >= 500,
                _ => false,
            }),
        });

        builder.AddTimeout(options.AttemptTimeout);
    }

    private static bool IsInline(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(Inline, out var inline) && inline;

    /// <summary>
    /// A blip worth one immediate retry: a gateway's 412/502/503/504. Not a 429 (its wait belongs to the outbox), and not
    /// a host that cannot be reached (an immediate second try fails alike).
    /// </summary>
    /// <summary>What an inline retry may try again without waiting: transient statuses, and a 429 that asks for no wait.</summary>
    private static bool ShouldRetryAtOnce(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider) =>
        outcome.Result switch
        {
            { StatusCode: HttpStatusCode.TooManyRequests } throttled => RetryAfter.Of(throttled, timeProvider) is { } wait && wait <= TimeSpan.Zero,
            { StatusCode: HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
            _ => false,
        };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorResilienceOptions options, TimeProvider timeProvider) =>
        outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result.StatusCode: HttpStatusCode.TooManyRequests } =>
                RetryAfter.Of(outcome.Result, timeProvider) is not { } wait || wait <= options.MaxRetryAfter,
            { Result.StatusCode: HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
            _ => false,
        };
}
