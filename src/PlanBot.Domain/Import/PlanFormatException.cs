namespace PlanBot.Domain.Import;

/// <summary>
/// The document cannot be read as an action plan. Carries the location (1-based line, 0-based cell) so an admin can fix
/// the file; nothing is stored when it is thrown.
/// </summary>
public sealed class PlanFormatException : Exception
{
    public PlanFormatException(int line, int? cell, string reason)
        : base(cell is { } c ? $"line {line}, cell {c}: {reason}" : $"line {line}: {reason}")
    {
        Line = line;
        Cell = cell;
        Reason = reason;
    }

    public PlanFormatException()
    {
    }

    public PlanFormatException(string message)
        : base(message)
    {
    }

    public PlanFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }

    public int? Cell { get; }

    public string Reason { get; } = "";
}
