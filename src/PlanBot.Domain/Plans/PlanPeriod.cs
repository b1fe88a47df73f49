namespace PlanBot.Domain.Plans;

/// <summary>What a plan cell holds: planned actions (アクションプラン, or a quarter's actions) or a target (到達目標・KGI).</summary>
public enum PlanCellKind
{
    Actions,
    Kgi,
}

/// <summary>
/// One column of the action-plan table: a fiscal year (April–March), optionally a quarter of it, and what the cell holds.
/// FY2024 is planned per quarter (1Q–4Q) plus a KGI; later years have one yearly action plan and a KGI.
/// </summary>
public sealed record PlanPeriod(int FiscalYear, int? Quarter, PlanCellKind Kind)
{
    public static PlanPeriod QuarterActions(int fiscalYear, int quarter) => new(fiscalYear, quarter, PlanCellKind.Actions);

    public static PlanPeriod YearActions(int fiscalYear) => new(fiscalYear, null, PlanCellKind.Actions);

    public static PlanPeriod YearKgi(int fiscalYear) => new(fiscalYear, null, PlanCellKind.Kgi);

    /// <summary>A stable, sortable code used as a storage key: "2024Q1", "2024KGI", "2025PLAN", "2025KGI".</summary>
    public string Code => Kind == PlanCellKind.Kgi
        ? $"{FiscalYear}KGI"
        : Quarter is { } q ? $"{FiscalYear}Q{q}" : $"{FiscalYear}PLAN";

    public static PlanPeriod FromCode(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        if (code.Length < 5 || !int.TryParse(code.AsSpan(0, 4), out var year))
        {
            throw new FormatException($"Not a plan period code: '{code}'.");
        }

        var rest = code[4..];
        return rest switch
        {
            "KGI" => YearKgi(year),
            "PLAN" => YearActions(year),
            ['Q', var d] when d is >= '1' and <= '4' => QuarterActions(year, d - '0'),
            _ => throw new FormatException($"Not a plan period code: '{code}'."),
        };
    }

    public override string ToString() => Code;
}
