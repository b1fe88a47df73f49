namespace PlanBot.Domain.Import;

/// <summary>What a cell's markers say it is: targets only (◎), actions only (■ or →), or nothing decisive.</summary>
internal enum CellEvidence
{
    Neutral,
    Target,
    Action,
}
