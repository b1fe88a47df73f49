using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>
/// The root of an Adaptive Card, limited to what PlanBot sends. Teams renders schema 1.5 at most, and Universal Actions
/// (<see cref="ExecuteAction"/>) need the card itself to declare 1.5.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-10)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-9)]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-8)]
    public string Version => SchemaVersion;

    /// <summary>BCP 47 language of the card's text; PlanBot speaks Japanese.</summary>
    public string? Lang { get; init; } = "ja";

    /// <summary>Shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; init; }

    public CardRefresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>
    /// Teams' own extension (<c>"msteams": {"width": "Full"}</c>). It is not part of the Adaptive Card schema, which forbids
    /// unknown properties, so it sits in its own property that a schema check can strip.
    /// </summary>
    [JsonPropertyName(TeamsCardExtension.PropertyName)]
    public TeamsCardExtension? MsTeams { get; init; }
}
