using System.Text;

namespace PlanBot.Domain.People;

/// <summary>
/// A small RFC 4180 reader for the roster and assignment files: quoted fields (with "" escapes and line breaks inside),
/// CRLF, LF or CR line ends, and the byte-order mark Excel writes. Small enough that a dependency is not worth it, and
/// it knows the line each record starts on, which is what errors must name.
/// </summary>
internal static class CsvText
{
    /// <summary>
    /// Reads a whole file as UTF-8, with or without BOM (Excel's "CSV UTF-8" writes one; its plain "CSV" writes
    /// Shift_JIS, which is refused): the text, or one error naming the line and byte offset where it stops being text.
    /// </summary>
    public static async Task<(string? Text, CsvRowError? Error)> ReadUtf8Async(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var (text, problem) = TextFile.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), allowUtf16: false);
        return problem is null
            ? (text, null)
            : (null, new CsvRowError(problem.Line, $"At byte offset {problem.ByteOffset}, {problem.Reason}. In Excel save the file as 'CSV UTF-8 (Comma delimited)'; nothing else may be in it."));
    }

    /// <summary>
    /// Splits text into records. A malformed quote is reported with its line and ends reading: what follows it
    /// cannot be trusted to be split right.
    /// </summary>
    public static (IReadOnlyList<CsvRecord> Records, CsvRowError? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var recordLine = 1;
        var i = start;
        var atFieldStart = true;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        void EndRecord()
        {
            EndField();
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
            fields.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                var quoteLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return (records, new CsvRowError(quoteLine, "A quoted field is not closed (a '\"' is missing)."));
                    }

                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (q == '\r' || q == '\n')
                    {
                        line++;
                        i += q == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                        field.Append('\n');
                        continue;
                    }

                    field.Append(q);
                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    return (records, new CsvRowError(line, "Unexpected text after a closing '\"'; quote the whole field and double any '\"' inside it."));
                }

                atFieldStart = false;
                continue;
            }

            atFieldStart = false;
            switch (c)
            {
                case ',':
                    EndField();
                    i++;
                    break;
                case '\r' or '\n':
                    EndRecord();
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    i++;
                    break;
            }
        }

        // A final record without a line end; a file ending in a line end has none left over.
        if (!atFieldStart || fields.Count > 0 || field.Length > 0)
        {
            EndRecord();
        }

        return (records, null);
    }
}
