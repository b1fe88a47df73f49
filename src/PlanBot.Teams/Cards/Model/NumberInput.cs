namespace PlanBot.Teams.Cards.Model;

/// <summary>Input.Number. Clients treat min/max as hints, so the server validates again.</summary>
public sealed record NumberInput : CardInput
{
    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Placeholder { get; init; }

    public double? Value { get; init; }
}
