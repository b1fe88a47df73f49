namespace PlanBot.Domain.People;

/// <summary>What is wrong with one line of an imported CSV file, in English for the CLI and logs. Line 1 is the header.</summary>
public sealed record CsvRowError(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
