namespace PlanBot.Teams.Cards.Model;

/// <summary>Font sizes of the host's palette.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
