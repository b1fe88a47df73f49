using System.Globalization;

namespace PlanBot.Domain.Calendar;

/// <summary>
/// A quarter of the Japanese fiscal year (April–March), written "2026Q3": FY2026 Q3 is October–December 2026,
/// FY2026 Q4 is January–March 2027.
/// </summary>
public readonly record struct FiscalQuarter : IComparable<FiscalQuarter>
{
    public FiscalQuarter(int fiscalYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        FiscalYear = fiscalYear;
        Quarter = quarter;
    }

    public int FiscalYear { get; }

    public int Quarter { get; }

    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => new DateOnly(FiscalYear, 4, 1).AddMonths((Quarter - 1) * 3);

    /// <summary>The last day of the quarter.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public FiscalQuarter Next => Quarter == 4 ? new(FiscalYear + 1, 1) : new(FiscalYear, Quarter + 1);

    public FiscalQuarter Previous => Quarter == 1 ? new(FiscalYear - 1, 4) : new(FiscalYear, Quarter - 1);

    /// <summary>The fiscal quarter a calendar date (in Japan) falls in.</summary>
    public static FiscalQuarter Of(DateOnly date)
    {
        var fiscalYear = date.Month >= 4 ? date.Year : date.Year - 1;
        var quarter = ((date.Month + 8) % 12 / 3) + 1;
        return new(fiscalYear, quarter);
    }

    /// <summary>The fiscal quarter of an instant, by its date in Japan.</summary>
    public static FiscalQuarter Of(DateTimeOffset instant) => Of(JapanTime.DateOf(instant));

    /// <summary>The fiscal quarter now, in Japan.</summary>
    public static FiscalQuarter Current(TimeProvider clock) => Of(JapanTime.Today(clock));

    /// <summary>The fiscal year this quarter belongs to.</summary>
    public FiscalYear Year => new(FiscalYear);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Parses "2026Q3" (case-insensitive).</summary>
    public static FiscalQuarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException($"Not a fiscal quarter (expected e.g. 2026Q3): '{text}'.");

    public static bool TryParse(string? text, out FiscalQuarter quarter)
    {
        quarter = default;
        var s = text?.Trim();
        if (s is not { Length: 6 } || char.ToUpperInvariant(s[4]) != 'Q' || s[5] is < '1' or > '4'
            || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900)
        {
            return false;
        }

        quarter = new(year, s[5] - '0');
        return true;
    }

    public int CompareTo(FiscalQuarter other) => (FiscalYear, Quarter).CompareTo((other.FiscalYear, other.Quarter));

    public static bool operator <(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) >= 0;

    /// <summary>"2026Q3".</summary>
    public override string ToString() => $"{FiscalYear}Q{Quarter}";

    /// <summary>What users read: "2026年度 第3四半期".</summary>
    public string ToJapanese() => $"{FiscalYear}年度 第{Quarter}四半期";
}
