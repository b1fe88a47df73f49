namespace PlanBot.Domain.Calendar;

/// <summary>
/// A Japanese fiscal year (年度), April to March, named by the calendar year it starts in: FY2026 runs from
/// 2026-04-01 to 2027-03-31.
/// </summary>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    public FiscalYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        Year = year;
    }

    public int Year { get; }

    public DateOnly Start => new(Year, 4, 1);

    public DateOnly End => new(Year + 1, 3, 31);

    /// <summary>Q1 (April–June) to Q4 (January–March of the next calendar year).</summary>
    public IReadOnlyList<FiscalQuarter> Quarters => [new(Year, 1), new(Year, 2), new(Year, 3), new(Year, 4)];

    public FiscalYear Next => new(Year + 1);

    public FiscalYear Previous => new(Year - 1);

    public static FiscalYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The fiscal year now, in Japan.</summary>
    public static FiscalYear Current(TimeProvider clock) => Of(JapanTime.Today(clock));

    /// <summary>The fiscal year users call 令和N年度: 令和7年度 is FY2025.</summary>
    public static FiscalYear FromReiwa(int reiwaYear) => new(JapaneseEra.ReiwaToGregorian(reiwaYear));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right) < 0;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right) > 0;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right) >= 0;

    /// <summary>"FY2026".</summary>
    public override string ToString() => $"FY{Year}";

    /// <summary>What users read: "2026年度".</summary>
    public string ToJapanese() => $"{Year}年度";

    /// <summary>"令和8年度" (FY2019 is "令和元年度"); only for fiscal years from 2019.</summary>
    public string ToReiwa() => $"{JapaneseEra.FormatReiwaYear(Year)}度";
}
