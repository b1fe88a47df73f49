using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column
{
    /// <summary>Sizes to its content.</summary>
    public const string Auto = "auto";

    /// <summary>Takes the remaining width.</summary>
    public const string Stretch = "stretch";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-10)]
    public string Type => "Column";

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    /// <summary><see cref="Auto"/>, <see cref="Stretch"/> or a pixel width such as "80px".</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public CardSpacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
