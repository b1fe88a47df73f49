namespace PlanBot.Export;

/// <summary>How the workbook is drawn; the defaults suit the board's Windows PCs and printers.</summary>
public sealed record BoardPaperWorkbookOptions
{
    /// <summary>游ゴシック: ships with Windows 8.1 and later and with Office for Mac.</summary>
    public const string YuGothic = "游ゴシック";

    /// <summary>メイリオ: the choice for PCs without 游ゴシック (Windows 7 and older Office).</summary>
    public const string Meiryo = "メイリオ";

    public static BoardPaperWorkbookOptions Default { get; } = new();

    /// <summary>The one font every cell and the chart are written in (Excel names one font per cell; see the README).</summary>
    public string FontName { get; init; } = YuGothic;
}
