namespace PlanBot.Domain.Digest;

/// <summary>What changed since <paramref name="Since"/> (the last digest), each list in time order.</summary>
public sealed record DigestChanges(
    DateTimeOffset Since,
    CappedList<DigestStatusChange> NewlyDelayed,
    CappedList<DigestStatusChange> NewlyAtRisk,
    CappedList<DigestStatusChange> NewlyCompleted,
    CappedList<DigestComment> Comments)
{
    public bool IsEmpty => NewlyDelayed.IsEmpty && NewlyAtRisk.IsEmpty && NewlyCompleted.IsEmpty && Comments.IsEmpty;
}
