using PlanBot.Domain;
using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Plans;

/// <summary>Reads a plan document from a file, parses it and stores it: the one path every import takes (CLI, seed at start).</summary>
public sealed class PlanImporter(PlanDocumentParser parser, IPlanStore store)
{
    /// <exception cref="PlanFormatException">The file is not text (UTF-8, or UTF-16 with its BOM) or not a readable plan; nothing was stored.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<PlanImportOutcome> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var (text, problem) = TextFile.Decode(bytes);
        if (problem is not null)
        {
            throw new PlanFormatException(problem.Line, null, $"byte offset {problem.ByteOffset}: {problem.Reason}. Save the plan as UTF-8 (or Unicode) text.");
        }

        var parsed = parser.Parse(text!);
        var result = await store.ImportAsync(parsed, PlanSource.FromBytes(System.IO.Path.GetFileName(path), bytes), cancellationToken).ConfigureAwait(false);
        return new PlanImportOutcome(path, parsed, result);
    }
}
