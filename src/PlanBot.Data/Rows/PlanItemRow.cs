using PlanBot.Domain.Plans;

namespace PlanBot.Data.Rows;

/// <summary>One item of a cell: the sub-theme, the period (<see cref="PlanPeriod.Code"/>) and its position in the cell.</summary>
public sealed class PlanItemRow
{
    public int Id { get; set; }

    public int SubThemeId { get; set; }

    public SubThemeRow SubTheme { get; set; } = null!;

    public required string PeriodCode { get; set; }

    /// <summary>0-based position in the cell.</summary>
    public int Ordinal { get; set; }

    public PlanItemMarker Marker { get; set; }

    public required string Text { get; set; }

    public int Depth { get; set; }
}
