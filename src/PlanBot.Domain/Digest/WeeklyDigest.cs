using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Digest;

/// <summary>
/// A digest's content, ready for a card or text (<see cref="DigestText"/>): the day (JST), the quarter and what is
/// left of it, the reminder cycle (null when there is none), status counts overall and per 重点戦略 for
/// <paramref name="StatusQuarter"/>, what changed since the last digest, and the fiscal year's KGIs. When the cycle is
/// the status quarter's, the status counts are of the items it asked, so its totals and theirs agree;
/// <paramref name="NotAsked"/> says how many items the quarter plans that it asked nobody about (they have no owner).
/// </summary>
/// <remarks>Named WeeklyDigest, not Digest, so the type does not clash with its namespace.</remarks>
public sealed record WeeklyDigest(
    DateOnly Date,
    DigestScope Scope,
    DigestQuarter Quarter,
    DigestCycle? Cycle,
    FiscalQuarter StatusQuarter,
    StatusCounts Overall,
    IReadOnlyList<StrategyStatusCounts> ByStrategy,
    DigestChanges Changes,
    DigestKgis Kgis,
    int NotAsked = 0);
