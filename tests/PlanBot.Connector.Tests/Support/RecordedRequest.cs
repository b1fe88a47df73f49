namespace PlanBot.Connector.Tests.Support;

/// <summary>One request the fake connector received.</summary>
public sealed record RecordedRequest(string Method, string Path, string RawTarget, string? Authorization, string Body, DateTimeOffset At);
