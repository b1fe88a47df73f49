namespace PlanBot.Connector.Client;

/// <summary>Trusted serviceUrls for this process' lifetime (a handful: Teams uses a few regional URLs).</summary>
public sealed class InMemoryTrustedServiceUrls : ITrustedServiceUrls
{
    private const int Capacity = 1000;
    private readonly HashSet<string> trusted = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public ValueTask TrustAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            // Bounded so a flood of distinct (authenticated) URLs cannot grow memory without end.
            if (trusted.Count < Capacity)
            {
                trusted.Add(Normalize(serviceUrl));
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> IsTrustedAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return ValueTask.FromResult(trusted.Contains(Normalize(serviceUrl)));
        }
    }

    /// <summary>"https://host/teams" and "https://host/teams/" are the same service.</summary>
    public static string Normalize(Uri serviceUrl) =>
        serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
