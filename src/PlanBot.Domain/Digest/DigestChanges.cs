namespace PlanBot.Domain.Digest;

/// <summary>
/// What changed since <paramref name="Since"/>, each list in time order: the last digest when
/// <paramref name="SinceLastDigest"/>, else the 7 days before this one (there was no digest before it).
/// </summary>
public sealed record DigestChanges(
    DateTimeOffset Since,
    bool SinceLastDigest,
    CappedList<DigestStatusChange> NewlyDelayed,
    CappedList<DigestStatusChange> NewlyAtRisk,
    CappedList<DigestStatusChange> NewlyCompleted,
    CappedList<DigestComment> Comments)
{
    public bool IsEmpty => NewlyDelayed.IsEmpty && NewlyAtRisk.IsEmpty && NewlyCompleted.IsEmpty && Comments.IsEmpty;
}
