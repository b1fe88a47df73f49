namespace PlanBot.Domain.Digest;

/// <summary>
/// A team channel an admin chose for the weekly digest (by writing 「ダイジェストをここに投稿」 in it): the channel's
/// conversation id, its team, who chose it and when, whether it still gets the digest (「ダイジェスト停止」 stops it),
/// and when it last had one, which is where the next digest's "changes since the last digest" start.
/// </summary>
public sealed record DigestChannel(
    string ChannelId,
    string? TeamId,
    string ChosenByEmail,
    DateTimeOffset ChosenAt,
    bool IsActive,
    string? StoppedByEmail,
    DateTimeOffset? StoppedAt,
    DateTimeOffset? LastPostedAt);
