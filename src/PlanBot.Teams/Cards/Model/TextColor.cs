namespace PlanBot.Teams.Cards.Model;

/// <summary>Text colours of the host's palette.</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
