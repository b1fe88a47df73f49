namespace PlanBot.Export;

/// <summary>How the workbook is drawn; the defaults suit the board's Windows PCs and printers.</summary>
public sealed record BoardPaperWorkbookOptions
{
    /// <summary>游ゴシック: ships with Windows 8.1 and later and with Office for Mac.</summary>
    public const string YuGothic = "游ゴシック";

    /// <summary>メイリオ: the choice for PCs without 游ゴシック (Windows 7 and older Office).</summary>
    public const string Meiryo = "メイリオ";

    /// <summary>Excel's limit for a font's name.</summary>
    public const int MaxFontNameLength = 31;

    /// <summary>The configuration section the hosts bind (<c>BoardPaper:FontName</c>).</summary>
    public const string SectionName = "BoardPaper";

    public static BoardPaperWorkbookOptions Default { get; } = new();

    /// <summary>The one font every cell and the chart are written in (Excel names one font per cell; see the README).</summary>
    public string FontName { get; init; } = YuGothic;

    /// <summary>What is wrong with a font name, in English; null when it will do.</summary>
    public static string? FontNameProblem(string? fontName) => string.IsNullOrWhiteSpace(fontName)
        ? "a font name is needed, e.g. 游ゴシック or メイリオ."
        : fontName.Length > MaxFontNameLength
            ? $"'{fontName}' is longer than the {MaxFontNameLength} characters Excel allows for a font name."
            : null;
}
