namespace PlanBot.Connector;

/// <summary>
/// Outbound pacing under Teams' limits (section BotConnector:Pacing): per conversation 7 ops/1 s and 60 ops/30 s,
/// per app 50 requests/s. Defaults sit just under the documented numbers; a 429 is still handled by the retry.
/// </summary>
public sealed class SendPacingOptions
{
    public bool Enabled { get; set; } = true;

    public int ConversationBurstLimit { get; set; } = 7;

    public TimeSpan ConversationBurstWindow { get; set; } = TimeSpan.FromSeconds(1);

    public int ConversationSustainedLimit { get; set; } = 60;

    public TimeSpan ConversationSustainedWindow { get; set; } = TimeSpan.FromSeconds(30);

    public int AppLimit { get; set; } = 50;

    public TimeSpan AppWindow { get; set; } = TimeSpan.FromSeconds(1);
}
