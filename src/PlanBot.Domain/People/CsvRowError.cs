namespace PlanBot.Domain.People;

/// <summary>
/// What is wrong with one line of an imported CSV file, in English for the CLI and logs. Line 1 is the header; line 0
/// is the file as a whole (something no single row can fix).
/// </summary>
public sealed record CsvRowError(int Line, string Reason)
{
    public static CsvRowError File(string reason) => new(0, reason);

    public override string ToString() => Line > 0 ? $"line {Line}: {Reason}" : Reason;
}
