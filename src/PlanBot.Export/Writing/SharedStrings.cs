using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanBot.Export.Writing;

/// <summary>
/// The workbook's shared string table, filled while the sheets are written (each distinct text stored once, as Excel
/// does) and written as its own part at the end. Texts are made safe for a cell on the way in.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>The most a cell holds; Excel refuses longer text.</summary>
    public const int MaxCellLength = 32_767;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    /// <summary>The index of <paramref name="text"/> in the table, adding it when new.</summary>
    public int Add(string text)
    {
        var safe = Clean(text);
        if (!_index.TryGetValue(safe, out var index))
        {
            index = _texts.Count;
            _index.Add(safe, index);
            _texts.Add(safe);
        }

        return index;
    }

    public void WriteTo(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<SharedStringTablePart>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable(), [new OpenXmlAttribute("count", "", _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), new OpenXmlAttribute("uniqueCount", "", _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        foreach (var text in _texts)
        {
            // Leading or trailing spaces and line breaks are kept only with xml:space="preserve".
            writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters a comment may hold), normalises line breaks to \n
    /// (what Excel stores) and cuts what a cell cannot hold.
    /// </summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                builder.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvertible(c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length > MaxCellLength)
        {
            var cut = char.IsHighSurrogate(builder[MaxCellLength - 2]) ? MaxCellLength - 2 : MaxCellLength - 1;
            builder.Length = cut;
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static bool XmlConvertible(char c) =>
        c is '\t' or '\n' || (c >= 0x20 && c <= 0xD7FF && !char.IsSurrogate(c)) || (c >= 0xE000 && c <= 0xFFFD);
}
