namespace PlanBot.Teams.Proactive;

/// <summary>How the outbox sender polls (section <c>OutboxSender</c>). Retries and backoff are the outbox's (section <c>Outbox</c>).</summary>
public sealed class OutboxSenderOptions
{
    public const string SectionName = "OutboxSender";

    /// <summary>Off: the host sends nothing by itself (a CLI-only or test setup that calls <see cref="OutboxSender.SendDueAsync"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The wait between passes when the last pass found nothing more to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages claimed per pass; each is held for the outbox's claim timeout, so keep a batch sendable within it.</summary>
    public int BatchSize { get; set; } = 20;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PollInterval <= TimeSpan.Zero || PollInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"{SectionName}:{nameof(PollInterval)} must be more than zero and at most an hour, e.g. 00:00:15.");
        }

        if (BatchSize is < 1 or > 500)
        {
            errors.Add($"{SectionName}:{nameof(BatchSize)} must be between 1 and 500.");
        }

        return errors;
    }
}
