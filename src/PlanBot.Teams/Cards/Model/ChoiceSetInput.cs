namespace PlanBot.Teams.Cards.Model;

/// <summary>Input.ChoiceSet with a single selection.</summary>
public sealed record ChoiceSetInput : CardInput
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public ChoiceSetStyle? Style { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>The <see cref="Choice.Value"/> selected initially.</summary>
    public string? Value { get; init; }

    public bool? Wrap { get; init; }
}
