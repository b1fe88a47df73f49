namespace PlanBot.Connector;

/// <summary>How inbound activities are accepted and worked off (section BotConnector:Processing).</summary>
public sealed class ActivityProcessingOptions
{
    /// <summary>Larger bodies are refused with 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Activities waiting for the background workers; when full, new ones get 503 so the channel retries.</summary>
    public int QueueCapacity { get; set; } = 1000;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How long one background activity may run before it is cancelled.</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long one message sent while handling a turn may take (pacing and the connector's answer included). A message
    /// not delivered within it goes to the outbox, which delivers it later, and the worker moves on.
    /// </summary>
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an invoke may run; Teams gives the bot a few seconds.</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>An activity id seen within this window is not processed again.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>At most this many ids are remembered; the oldest are forgotten first.</summary>
    public int DeduplicationCapacity { get; set; } = 10_000;
}
