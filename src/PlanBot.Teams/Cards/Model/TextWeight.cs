namespace PlanBot.Teams.Cards.Model;

/// <summary>Font weights of the host's palette.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
