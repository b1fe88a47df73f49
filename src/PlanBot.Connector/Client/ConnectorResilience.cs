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
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled
                        ? RetryAfter.Of(throttled, timeProvider)
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
