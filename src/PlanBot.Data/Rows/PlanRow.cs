namespace PlanBot.Data.Rows;

/// <summary>The one row describing the imported document as a whole: its title and the periods (columns) it plans for.</summary>
public sealed class PlanRow
{
    /// <summary>Always <see cref="SingletonId"/>: there is one current plan.</summary>
    public int Id { get; set; }

    public const int SingletonId = 1;

    public required string Title { get; set; }

    /// <summary>The plan's period codes in column order, space separated ("2024Q1 2024Q2 … 2026KGI").</summary>
    public required string PeriodCodes { get; set; }
}
