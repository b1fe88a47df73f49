namespace PlanBot.Teams.Cards.Model;

/// <summary>Background styles for containers and columns.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
