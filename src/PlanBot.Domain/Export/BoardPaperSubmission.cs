using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Export;

/// <summary>One submission of the fiscal year, for the 履歴 sheet: the report, the row it is about and who sent it, by name.</summary>
public sealed record BoardPaperSubmission(ProgressReport Report, BoardPaperRow Row, string ReporterName);
