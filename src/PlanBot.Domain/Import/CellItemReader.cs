using System.Net;
using System.Text;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Import;

/// <summary>
/// Reads one table cell — plain text or an HTML list — into plan items, keeping markers, nesting and wording.
/// </summary>
/// <remarks>
/// A small hand tokenizer rather than AngleSharp: the cells use a handful of tags (ul, li, b, and stray td), we need
/// the list nesting and the exact text and nothing else, and an HTML5 parser would re-home stray &lt;td&gt; text into
/// its neighbours and cost tens of microseconds per cell, which the property tests pay on every mutated document.
/// Entities are decoded by <see cref="WebUtility.HtmlDecode(string)"/>. Nothing here throws on any input.
/// </remarks>
internal static class CellItemReader
{
    private const char Space = ' ';

    /// <summary>The cell's items in document order.</summary>
    public static IReadOnlyList<PlanItem> Read(string cell)
    {
        var items = new List<PlanItem>();
        var parents = new Dictionary<int, PlanItemMarker>();
        foreach (var (depth, text) in Fragments(cell))
        {
            foreach (var (marker, itemText) in SplitByMarkers(text))
            {
                // A ○ or ・ written after a ■ (or an unmarked heading) at the same list level is that item's sub-item,
                // whether the author nested a <ul> or just wrote it on the same line.
                var nests = marker is PlanItemMarker.SubAction or PlanItemMarker.Detail
                    && parents.TryGetValue(depth, out var parent)
                    && parent is not (PlanItemMarker.SubAction or PlanItemMarker.Detail);
                if (nests)
                {
                    items.Add(new PlanItem(marker, itemText, depth + 1));
                }
                else
                {
                    items.Add(new PlanItem(marker, itemText, depth));
                    parents[depth] = marker;
                    parents.Remove(depth + 1);
                }
            }
        }

        return items;
    }

    /// <summary>The cell's text with tags removed, entities decoded and whitespace normalised (for titles and labels).</summary>
    public static string PlainText(string cell) =>
        string.Join(Space, Fragments(cell).Select(f => f.Text));

    /// <summary>Collapses every run of whitespace to one space and trims.</summary>
    public static string NormaliseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(Space);
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The marker a character stands for, or null.</summary>
    public static PlanItemMarker? MarkerOf(char c) => c switch
    {
        '■' => PlanItemMarker.Action,
        '○' => PlanItemMarker.SubAction,
        '◎' => PlanItemMarker.Target,
        '→' => PlanItemMarker.CarriedOver,
        '・' => PlanItemMarker.Detail,
        _ => null,
    };

    /// <summary>
    /// Splits normalised text at markers. A marker counts only at the start or after a space: "大分・宮崎" and
    /// "成果確認→次回" are wording, " ・平場" and "■課題" are bullets.
    /// </summary>
    internal static IEnumerable<(PlanItemMarker Marker, string Text)> SplitByMarkers(string text)
    {
        var marker = PlanItemMarker.None;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || text[i - 1] == Space) && MarkerOf(text[i]) is { } found)
            {
                var before = text[start..i].Trim();
                if (before.Length > 0 || marker != PlanItemMarker.None)
                {
                    yield return (marker, before);
                }

                marker = found;
                start = i + 1;
            }
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0 || marker != PlanItemMarker.None)
        {
            yield return (marker, rest);
        }
    }

    /// <summary>
    /// The cell's text runs with their list depth (0 outside lists and for top-level &lt;li&gt;, 1 inside a nested list).
    /// Block tags (li, ul, td, br …) separate runs; inline tags (b, span …) are dropped.
    /// </summary>
    internal static List<(int Depth, string Text)> Fragments(string cell)
    {
        var fragments = new List<(int Depth, string Text)>();
        var current = new StringBuilder();
        var listDepth = 0;
        var openItems = new Stack<int>();
        var depth = 0;

        void Flush()
        {
            var text = NormaliseWhitespace(WebUtility.HtmlDecode(current.ToString()));
            current.Clear();
            if (text.Length > 0)
            {
                fragments.Add((depth, text));
            }
        }

        int Enclosing() => openItems.Count > 0 ? openItems.Peek() : Math.Max(0, listDepth - 1);

        var i = 0;
        while (i < cell.Length)
        {
            if (cell[i] != '<' || !TryReadTag(cell, i, out var name, out var closing, out var end))
            {
                current.Append(cell[i]);
                i++;
                continue;
            }

            i = end;
            switch (name)
            {
                case "ul" or "ol" when !closing:
                    Flush();
                    listDepth++;
                    depth = Enclosing();
                    break;
                case "ul" or "ol":
                    Flush();
                    listDepth = Math.Max(0, listDepth - 1);
                    while (openItems.Count > 0 && openItems.Peek() >= listDepth && listDepth > 0)
                    {
                        openItems.Pop();
                    }

                    if (listDepth == 0)
                    {
                        openItems.Clear();
                    }

                    depth = Enclosing();
                    break;
                case "li" when !closing:
                    Flush();
                    var itemDepth = Math.Max(0, listDepth - 1);
                    while (openItems.Count > 0 && openItems.Peek() >= itemDepth)
                    {
                        openItems.Pop();
                    }

                    openItems.Push(itemDepth);
                    depth = itemDepth;
                    break;
                case "li":
                    Flush();
                    if (openItems.Count > 0)
                    {
                        openItems.Pop();
                    }

                    depth = Enclosing();
                    break;
                case "br" or "p" or "div" or "td" or "th" or "tr" or "table" or "tbody":
                    Flush();
                    break;
                default:
                    // Inline markup such as <b>: the words run on.
                    break;
            }
        }

        Flush();
        return fragments;
    }

    /// <summary>Reads "&lt;name …&gt;" or "&lt;/name&gt;" at <paramref name="start"/>; anything else is text.</summary>
    private static bool TryReadTag(string s, int start, out string name, out bool closing, out int end)
    {
        name = "";
        end = start;
        var i = start + 1;
        closing = i < s.Length && s[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(s[nameStart]))
        {
            return false;
        }

        var close = s.IndexOf('>', i);
        var reopen = s.IndexOf('<', i);
        if (close < 0 || (reopen >= 0 && reopen < close))
        {
            return false;
        }

        name = s[nameStart..i].ToLowerInvariant();
        end = close + 1;
        return true;
    }
}
