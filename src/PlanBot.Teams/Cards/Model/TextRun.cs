using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>A run of a <see cref="RichTextBlock"/>; markdown is not interpreted.</summary>
public sealed record TextRun
{
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-10)]
    public string Type => "TextRun";

    public required string Text { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }
}
