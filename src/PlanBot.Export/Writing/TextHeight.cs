namespace PlanBot.Export.Writing;

/// <summary>
/// How tall a row of wrapped text needs to be, estimated as Excel lays text out: a column's width counts characters
/// of the width of '0', and a Japanese (full-width) character takes about two of them.
/// </summary>
internal static class TextHeight
{
    /// <summary>Points per line of 10-point Japanese text, with the font's leading.</summary>
    private const double LineHeight = 14.5;

    /// <summary>The cell's inner margins, top and bottom together.</summary>
    private const double Padding = 3;

    public static double Of(int lines) => Math.Round((lines * LineHeight) + Padding, 1);

    /// <summary>The lines <paramref name="text"/> takes in a column <paramref name="width"/> characters wide.</summary>
    public static int Lines(string text, double width)
    {
        var usable = Math.Max(1, width - 1);
        var lines = 0;
        foreach (var line in text.Split('\n'))
        {
            var units = 0;
            foreach (var c in line)
            {
                units += IsWide(c) ? 2 : 1;
            }

            lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        }

        return lines;
    }

    /// <summary>CJK, kana, full-width forms and the symbols Japanese fonts draw full width (■○◎→・); half-width katakana are narrow.</summary>
    private static bool IsWide(char c) => c >= '\u2000' && c is not (>= '\uFF61' and <= '\uFF9F');
}
