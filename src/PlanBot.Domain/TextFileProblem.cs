namespace PlanBot.Domain;

/// <summary>Where a file stops being text: the 0-based byte offset, the 1-based line it falls on, and why (English).</summary>
public sealed record TextFileProblem(long ByteOffset, int Line, string Reason)
{
    public override string ToString() => $"byte offset {ByteOffset} (line {Line}): {Reason}";
}
