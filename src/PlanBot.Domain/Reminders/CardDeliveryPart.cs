namespace PlanBot.Domain.Reminders;

/// <summary>
/// Which card an owner was sent: the first reminder or the follow-up, and which part of it when their items did not fit
/// on one card (part <see cref="Number"/> of <see cref="Count"/>).
/// </summary>
public sealed record CardDeliveryPart
{
    public CardDeliveryPart(CycleCardKind kind, int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, count);
        Kind = kind;
        Number = number;
        Count = count;
    }

    public CycleCardKind Kind { get; }

    public int Number { get; }

    public int Count { get; }

    /// <summary>A card that fits in one part.</summary>
    public static CardDeliveryPart Single(CycleCardKind kind) => new(kind, 1, 1);
}
