using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Digest;

/// <summary>How many sub-themes have a status; a null <paramref name="Status"/> is 未回答 (no report for the quarter).</summary>
public sealed record StatusCount(ProgressStatus? Status, int Count);
