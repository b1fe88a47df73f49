namespace PlanBot.Teams.Cards.Model;

/// <summary>Teams-only card settings, serialized as the root <c>msteams</c> property.</summary>
public sealed record TeamsCardExtension
{
    public const string PropertyName = "msteams";

    /// <summary>"Full" stretches the card to the width of the chat, which long Japanese plan text needs.</summary>
    public string? Width { get; init; }

    public static TeamsCardExtension FullWidth { get; } = new() { Width = "Full" };
}
