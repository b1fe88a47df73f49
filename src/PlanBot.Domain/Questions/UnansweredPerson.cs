using PlanBot.Domain.People;

namespace PlanBot.Domain.Questions;

/// <summary>Someone in charge of sub-themes that have no report for the period, with those sub-themes' keys.</summary>
public sealed record UnansweredPerson(Person Person, IReadOnlyList<string> SubThemeKeys);
