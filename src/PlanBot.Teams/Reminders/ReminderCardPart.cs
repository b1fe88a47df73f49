namespace PlanBot.Teams.Reminders;

/// <summary>Card <see cref="Number"/> of <see cref="Count"/> for one owner in one cycle (shown as "(1/2)" in the title).</summary>
public sealed record ReminderCardPart
{
    public ReminderCardPart(int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, count);
        Number = number;
        Count = count;
    }

    public int Number { get; }

    public int Count { get; }
}
