namespace PlanBot.Teams.Cards.Model;

/// <summary>A drop-down (<see cref="Compact"/>) or radio buttons (<see cref="Expanded"/>).</summary>
public enum ChoiceSetStyle
{
    Compact,
    Expanded,
}
