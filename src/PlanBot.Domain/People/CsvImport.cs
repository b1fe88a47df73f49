namespace PlanBot.Domain.People;

/// <summary>
/// The outcome of reading a roster or assignment file: every row, or — if any row is bad — none of them and every
/// bad row with its line. Nothing of a file with an error is to be stored.
/// </summary>
public sealed record CsvImport<T>
{
    private CsvImport(IReadOnlyList<T> rows, IReadOnlyList<CsvRowError> errors)
    {
        Rows = rows;
        Errors = errors;
    }

    /// <summary>The rows read; empty whenever <see cref="Errors"/> is not.</summary>
    public IReadOnlyList<T> Rows { get; }

    public IReadOnlyList<CsvRowError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    internal static CsvImport<T> Of(IReadOnlyList<T> rows, IReadOnlyList<CsvRowError> errors) =>
        errors.Count > 0 ? new([], errors.OrderBy(e => e.Line).ToArray()) : new(rows, []);

    internal static CsvImport<T> Failed(params CsvRowError[] errors) => new([], errors);
}
