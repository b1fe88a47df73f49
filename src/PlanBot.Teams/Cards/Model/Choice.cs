namespace PlanBot.Teams.Cards.Model;

/// <summary>An option of a <see cref="ChoiceSetInput"/>: what is shown and what is sent back.</summary>
/// <remarks>The schema's optional <c>"type": "Input.Choice"</c> is left out: a reminder card repeats six choices per item.</remarks>
public sealed record Choice(string Title, string Value);
