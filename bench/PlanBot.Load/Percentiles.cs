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

    /// <summary>The median of the values that are numbers (a phase with no figure gives NaN and is left out).</summary>
    public static double Median(IEnumerable<double> values) => Of(values.Where(v => !double.IsNaN(v)).ToArray(), 0.5);
}
