namespace PlanBot.Domain.Digest;

/// <summary>
/// A share in whole percent, rounded to the nearest (1 of 6 is 17 %), but never 100 % before all nor 0 % after the
/// first: a reader takes those two as "everyone" and "nobody".
/// </summary>
internal static class Percent
{
    /// <summary>Null when <paramref name="whole"/> is zero.</summary>
    public static int? Of(int part, int whole)
    {
        if (whole <= 0)
        {
            return null;
        }

        var rounded = (int)Math.Round(part * 100.0 / whole, MidpointRounding.AwayFromZero);
        return part <= 0 ? 0
            : part >= whole ? 100
            : Math.Clamp(rounded, 1, 99);
    }
}
