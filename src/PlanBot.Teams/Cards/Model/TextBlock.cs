namespace PlanBot.Teams.Cards.Model;

/// <summary>Text with a small markdown subset (bold, lists, links). Use <see cref="RichTextBlock"/> for text users typed.</summary>
public sealed record TextBlock : CardElement
{
    public required string Text { get; init; }

    public bool? Wrap { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }
}
