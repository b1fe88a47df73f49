using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The period a question is about: a run of fiscal quarters from <see cref="First"/> to <see cref="Last"/> inclusive.
/// Progress is reported per quarter, so every period the parser understands (a quarter, a month range, a half, a year)
/// resolves to whole quarters; months inside a quarter mean that quarter.
/// </summary>
public sealed record QueryPeriod
{
    public QueryPeriod(FiscalQuarter first, FiscalQuarter last)
    {
        if (last < first)
        {
            (first, last) = (last, first);
        }

        First = first;
        Last = last;
    }

    public FiscalQuarter First { get; }

    public FiscalQuarter Last { get; }

    public static QueryPeriod OfQuarter(FiscalQuarter quarter) => new(quarter, quarter);

    /// <summary>上期 (half 1: Q1–Q2) or 下期 (half 2: Q3–Q4) of a fiscal year.</summary>
    public static QueryPeriod OfHalf(int fiscalYear, int half) =>
        half is 1 or 2
            ? new(new FiscalQuarter(fiscalYear, (half * 2) - 1), new FiscalQuarter(fiscalYear, half * 2))
            : throw new ArgumentOutOfRangeException(nameof(half), half, "A half is 1 (上期) or 2 (下期).");

    public static QueryPeriod OfFiscalYear(int fiscalYear) => new(new FiscalQuarter(fiscalYear, 1), new FiscalQuarter(fiscalYear, 4));

    public QueryPeriodKind Kind => (First, Last) switch
    {
        var (f, l) when f == l => QueryPeriodKind.Quarter,
        var (f, l) when f.FiscalYear == l.FiscalYear && f.Quarter == 1 && l.Quarter == 4 => QueryPeriodKind.FiscalYear,
        var (f, l) when f.FiscalYear == l.FiscalYear && ((f.Quarter == 1 && l.Quarter == 2) || (f.Quarter == 3 && l.Quarter == 4)) => QueryPeriodKind.Half,
        _ => QueryPeriodKind.Range,
    };

    /// <summary>Every quarter of the period, in order.</summary>
    public IReadOnlyList<FiscalQuarter> Quarters
    {
        get
        {
            var list = new List<FiscalQuarter>();
            for (var q = First; q <= Last; q = q.Next)
            {
                list.Add(q);
            }

            return list;
        }
    }

    public bool Contains(FiscalQuarter quarter) => quarter >= First && quarter <= Last;

    /// <summary>What users read: "2026年度 第3四半期", "2026年度 上期", "2025年度" (see <see cref="QuestionTexts.Period"/>).</summary>
    public string ToJapanese() => QuestionTexts.Period(this);

    public override string ToString() => First == Last ? First.ToString() : $"{First}-{Last}";
}
