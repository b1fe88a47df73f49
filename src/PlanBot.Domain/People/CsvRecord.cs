namespace PlanBot.Domain.People;

/// <summary>One record of a CSV file and the line (1-based, header included) it starts on, for error messages.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
