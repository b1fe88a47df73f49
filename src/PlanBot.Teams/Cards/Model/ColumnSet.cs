namespace PlanBot.Teams.Cards.Model;

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet : CardElement
{
    public required IReadOnlyList<Column> Columns { get; init; }

    public ContainerStyle? Style { get; init; }
}
