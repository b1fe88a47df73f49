namespace PlanBot.Domain.Digest;

/// <summary>Makes <see cref="CappedList{T}"/>s.</summary>
internal static class Capped
{
    public static CappedList<T> Take<T>(IEnumerable<T> all, int cap)
    {
        var list = all.ToList();
        return new CappedList<T>(list.Take(cap).ToArray(), list.Count);
    }
}
