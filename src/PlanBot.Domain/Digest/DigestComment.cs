using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Digest;

/// <summary>
/// A comment reported since the last digest: who wrote it, when, with which status, and its text on one line, cut to
/// <see cref="DigestLimits.MaxCommentLength"/> (<paramref name="IsTruncated"/> says so).
/// </summary>
public sealed record DigestComment(
    DigestSubTheme SubTheme,
    string AuthorName,
    DateTimeOffset At,
    ProgressStatus Status,
    string Text,
    bool IsTruncated);
