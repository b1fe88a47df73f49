using PlanBot.Domain.Progress;

namespace PlanBot.Export;

/// <summary>
/// The colours of the statuses, as RGB hex: a light fill and a dark text colour for cells (Excel's own good / neutral /
/// bad cell colours where they fit, so the board reads them as usual), and a stronger colour for the chart's bars.
/// 完了 green, 順調 blue, 要注意 amber, 遅延 red, as PlanBot's cards colour them; 未着手 and 中止 grey; 未回答 orange.
/// </summary>
internal static class StatusPalette
{
    public static (string Fill, string Text, string Chart) Of(ProgressStatus? status) => status switch
    {
        ProgressStatus.Completed => ("C6EFCE", "006100", "70AD47"),
        ProgressStatus.OnTrack => ("DDEBF7", "1F4E78", "5B9BD5"),
        ProgressStatus.AtRisk => ("FFEB9C", "9C5700", "FFC000"),
        ProgressStatus.Delayed => ("FFC7CE", "9C0006", "E0383E"),
        ProgressStatus.NotStarted => ("EDEDED", "404040", "A5A5A5"),
        ProgressStatus.Cancelled => ("D9D9D9", "595959", "7F7F7F"),
        _ => ("FBE5D6", "833C0B", "F4B183"),
    };

    /// <summary>対象外: no fill, grey text.</summary>
    public const string NotDueText = "808080";
}
