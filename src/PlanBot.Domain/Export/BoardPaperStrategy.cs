namespace PlanBot.Domain.Export;

/// <summary>A 重点戦略 band of the paper: its number, full title, a short title for chart axes, and its sub-theme rows.</summary>
public sealed record BoardPaperStrategy(int Number, string Title, string ShortTitle, IReadOnlyList<BoardPaperRow> Rows);
