using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>An option of a <see cref="ChoiceSetInput"/>: what is shown and what is sent back.</summary>
public sealed record Choice(string Title, string Value)
{
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-10)]
    public string Type => "Input.Choice";
}
