using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>Which inputs an action sends: the card's (<see cref="Auto"/>) or none.</summary>
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("None")]
    None,
}
