namespace PlanBot.Data.Rows;

/// <summary>A channel chosen for the weekly digest (see <see cref="Domain.Digest.DigestChannel"/>). Instants are UTC.</summary>
public sealed class DigestChannelRow
{
    public required string ChannelId { get; set; }

    public string? TeamId { get; set; }

    public required string ChosenByEmail { get; set; }

    public DateTime ChosenAtUtc { get; set; }

    public bool IsActive { get; set; }

    public string? StoppedByEmail { get; set; }

    public DateTime? StoppedAtUtc { get; set; }

    public DateTime? LastPostedAtUtc { get; set; }
}
