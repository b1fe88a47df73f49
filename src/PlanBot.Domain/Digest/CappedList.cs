namespace PlanBot.Domain.Digest;

/// <summary>The first entries of a list and how many there were in all, so a card can say "ほか 3件" for the rest.</summary>
public sealed record CappedList<T>(IReadOnlyList<T> Items, int Total)
{
    /// <summary>How many entries were left out.</summary>
    public int More => Total - Items.Count;

    public bool IsEmpty => Total == 0;
}
