using PlanBot.Domain.People;

namespace PlanBot.Domain.Reminders;

/// <summary>An owner and those of their sub-themes nobody has answered yet in the cycle.</summary>
public sealed record UnansweredOwner(Person Owner, IReadOnlyList<string> SubThemeKeys);
