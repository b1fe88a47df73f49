using PlanBot.Domain.Plans;

namespace PlanBot.Teams.Reminders;

/// <summary>The lines of one plan cell shown on a card, e.g. FY2024 Q3's actions or FY2025's KGI.</summary>
public sealed record PlanExcerpt(PlanPeriod Period, IReadOnlyList<string> Lines);
