namespace PlanBot.Teams.Cards.Model;

/// <summary>Space above an element; the host chooses the pixels.</summary>
public enum CardSpacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
