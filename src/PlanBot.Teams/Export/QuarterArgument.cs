using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Domain.Calendar;

namespace PlanBot.Teams.Export;

/// <summary>
/// The quarter written with 「エクスポート」 or before 「報告書」 (the command table hands it over as the argument):
/// 「2026Q3」 as the CLI writes it, or 「2026年度第3四半期」「2026年度3Q」 as people do.
/// </summary>
internal static partial class QuarterArgument
{
    /// <summary>True when <paramref name="argument"/> (already NFKC-normalised and trimmed) names a quarter.</summary>
    public static bool TryRead(string argument, out FiscalQuarter quarter)
    {
        quarter = default;
        if (Quarter().Match(argument) is not { Success: true } match)
        {
            return false;
        }

        quarter = new FiscalQuarter(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), match.Groups["q"].Value[0] - '0');
        return true;
    }

    [GeneratedRegex(@"^(?<year>(?:19|20)[0-9]{2})\s*(?:q\s*(?<q>[1-4])|年度\s*(?:第\s*)?(?<q>[1-4])\s*(?:四半期|q))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();
}
