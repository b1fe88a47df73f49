namespace PlanBot.Domain.Digest;

/// <summary>
/// A sub-theme as a digest names it: its key ("5-2"), the strategy and initiative it belongs to, a short name (its
/// label, else its initiative's title, cut to <see cref="DigestLimits.MaxTitleLength"/>) and the initiative's 担当部署.
/// </summary>
public sealed record DigestSubTheme(string Key, int StrategyNumber, int InitiativeNumber, string Name, string? Department);
