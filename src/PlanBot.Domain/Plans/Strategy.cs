namespace PlanBot.Domain.Plans;

/// <summary>重点戦略: a priority strategy and its initiatives.</summary>
public sealed record Strategy(int Number, string Title, IReadOnlyList<Initiative> Initiatives)
{
    /// <summary>The title up to its "～" subtitle, cut to <paramref name="max"/> characters: what fits a chart axis.</summary>
    public string ShortTitle(int max)
    {
        var cut = Title.IndexOfAny(['～', '〜', '~']);
        return DisplayText.Shorten(cut > 0 ? Title[..cut] : Title, max).Text;
    }
}
