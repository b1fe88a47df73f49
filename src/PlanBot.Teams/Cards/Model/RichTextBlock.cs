namespace PlanBot.Teams.Cards.Model;

/// <summary>
/// Runs of text that clients show verbatim (no markdown), which is how PlanBot shows what users typed: a comment that
/// contains "**" or "[x](y)" stays as written.
/// </summary>
public sealed record RichTextBlock : CardElement
{
    public required IReadOnlyList<TextRun> Inlines { get; init; }
}
