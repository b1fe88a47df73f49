namespace PlanBot.Domain.Reminders;

/// <summary>
/// Identifies one submission of a card, so the same submission delivered twice is stored once: the Teams layer uses
/// the invoke activity's id (a redelivery carries the same id); other callers make a new one.
/// </summary>
public readonly record struct SubmissionId
{
    public const int MaxLength = 256;

    public SubmissionId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value.Length, MaxLength);
        Value = value;
    }

    public string Value { get; }

    public static SubmissionId New() => new(Guid.NewGuid().ToString("N"));

    public override string ToString() => Value;
}
