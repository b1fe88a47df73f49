namespace PlanBot.Domain.People;

/// <summary>Reads a CSV file whose first record must be a given header, and hands back the data records that are not blank.</summary>
internal static class CsvTable
{
    public static (IReadOnlyList<CsvRecord> Rows, CsvRowError? Error) Read(string text, IReadOnlyList<string> header)
    {
        var (records, error) = CsvText.Parse(text);
        if (error is not null)
        {
            return ([], error);
        }

        var expected = string.Join(',', header);
        if (records.Count == 0 || records[0].IsBlank)
        {
            return ([], new CsvRowError(1, $"The file is empty; the first line must be the header '{expected}'."));
        }

        var first = records[0].Fields.Select(f => f.Trim()).ToList();

        // Excel keeps trailing empty columns it once saw; they carry nothing.
        while (first.Count > header.Count && first[^1].Length == 0)
        {
            first.RemoveAt(first.Count - 1);
        }

        if (!first.SequenceEqual(header, StringComparer.OrdinalIgnoreCase))
        {
            return ([], new CsvRowError(1, $"The header must be exactly '{expected}', not '{string.Join(',', records[0].Fields)}'."));
        }

        return (records.Skip(1).Where(r => !r.IsBlank).ToArray(), null);
    }

    /// <summary>The record's fields trimmed, padded to the header's width; null when it has extra non-empty fields.</summary>
    public static string[]? Fields(CsvRecord record, int width)
    {
        if (record.Fields.Skip(width).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            return null;
        }

        return Enumerable.Range(0, width).Select(i => i < record.Fields.Count ? record.Fields[i].Trim() : string.Empty).ToArray();
    }
}
