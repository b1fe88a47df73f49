namespace PlanBot.Connector.Client;

/// <summary>Reads Retry-After (seconds or an HTTP date) as a delay from now.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Of(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
