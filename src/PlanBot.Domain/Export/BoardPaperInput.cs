using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Export;

/// <summary>What a board paper is made from: the stores' contents now, the quarter, who asks, and when.</summary>
public sealed record BoardPaperInput(
    ActionPlan Plan,
    IReadOnlyList<ProgressReport> Reports,
    PersonDirectory Roster,
    Ownership Ownership,
    FiscalQuarter Quarter,
    Person Asker,
    DateTimeOffset Now);
