namespace PlanBot.Domain.Questions;

/// <summary>How a period was asked for; decides how it is named back to the asker.</summary>
public enum QueryPeriodKind
{
    /// <summary>One fiscal quarter (第3四半期).</summary>
    Quarter,

    /// <summary>A half of the fiscal year (上期 April–September, 下期 October–March).</summary>
    Half,

    /// <summary>A whole fiscal year (2025年度).</summary>
    FiscalYear,

    /// <summary>Any other run of consecutive quarters (e.g. 7〜12月 spans Q2–Q3).</summary>
    Range,
}
