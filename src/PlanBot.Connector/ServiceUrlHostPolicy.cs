namespace PlanBot.Connector;

/// <summary>Matches a host against the allow-list: "host" exactly, or "*.domain" for any subdomain of domain.</summary>
internal static class ServiceUrlHostPolicy
{
    public static bool IsAllowed(string host, IEnumerable<string> patterns) =>
        patterns.Any(pattern => Matches(host, pattern));

    public static bool IsValidPattern(string pattern)
    {
        var host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return host.Length > 0 && Uri.CheckHostName(host) != UriHostNameType.Unknown;
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
