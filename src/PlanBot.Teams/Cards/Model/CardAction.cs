using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>A button. The serializer writes the schema's <c>type</c> from the concrete record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction
{
    public string? Title { get; init; }

    public string? Id { get; init; }

    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    /// <summary>What a client that does not know this action renders instead (e.g. Action.Submit for Action.Execute).</summary>
    public CardAction? Fallback { get; init; }
}
