using System.Globalization;
using PlanBot.Domain.Digest;

namespace PlanBot.Teams.Digest;

/// <summary>
/// The digest card's own words, in one place for review. Everything the card shares with the plain-text digest
/// (headings, status labels, "ほか N件", the empty-state sentences) comes from <see cref="DigestTexts"/>, so the card,
/// <c>digest --preview</c> and the text fallback say the same thing.
/// </summary>
internal static class DigestCardTexts
{
    /// <summary>Starts each entry of a list.</summary>
    public const string Bullet = "・";

    /// <summary>Between a label and its value ("部署（2件）: 名前").</summary>
    public const string LabelSeparator = ": ";

    /// <summary>Between names in one line.</summary>
    public const string NameSeparator = "、";

    /// <summary>Indents a line that belongs to the entry above it (a comment under its change, a KGI's target).</summary>
    public const string Indent = "\u3000";

    public const string TargetLabel = "目標: ";

    /// <summary>The longest KGI target shown, in characters (the ellipsis included); the rest is in the plan.</summary>
    public const int MaxTargetLength = 40;

    /// <summary>「■ 1マス＝1件・□ は未回答」: how to read the per-strategy bars.</summary>
    public static string CellLegend(int unit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{DigestTexts.BarFilled} 1マス＝{(unit == 1 ? string.Empty : "約")}{unit}件・{DigestTexts.BarEmpty} は{DigestTexts.Unanswered}");

    /// <summary>「3件」: a count after its bar.</summary>
    public static string Count(int count) => string.Create(CultureInfo.InvariantCulture, $"{count}件");

    /// <summary>「（2件）」: unanswered items of a department.</summary>
    public static string ItemCount(int count) => string.Create(CultureInfo.InvariantCulture, $"（{count}件）");

    /// <summary>「12/28 地域 次郎（5-1 遅延）」: who wrote a comment, when, on what; the same words as the text digest's line.</summary>
    public static string CommentHeader(DigestComment comment) =>
        $"{DigestTexts.ShortDate(comment.At)} {comment.AuthorName}（{comment.SubTheme.Key} {DigestTexts.StatusLabel(comment.Status)}）";

    /// <summary>「「農業法人との調整が長引いています」」: a comment quoted under the change it came with.</summary>
    public static string Quote(string text) => $"「{text}」";
}
