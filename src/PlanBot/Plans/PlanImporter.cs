using System.Text;
using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Plans;

/// <summary>Reads a plan document from a file, parses it and stores it: the one path every import takes (CLI, seed at start).</summary>
public sealed class PlanImporter(PlanDocumentParser parser, IPlanStore store)
{
    /// <exception cref="PlanFormatException">The file is not a readable plan; nothing was stored.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<PlanImportOutcome> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var parsed = parser.Parse(Decode(bytes));
        var result = await store.ImportAsync(parsed, PlanSource.FromBytes(System.IO.Path.GetFileName(path), bytes), cancellationToken).ConfigureAwait(false);
        return new PlanImportOutcome(path, parsed, result);
    }

    /// <summary>UTF-8 (a BOM, UTF-16 included, is honoured); undecodable bytes become U+FFFD for the parser to judge, never an exception here.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
