namespace PlanBot.Load;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile (q in 0–1) of the values; NaN when there are none.</summary>
    public static double Of(IReadOnlyCollection<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values) => Of(values.ToArray(), 0.5);
}
