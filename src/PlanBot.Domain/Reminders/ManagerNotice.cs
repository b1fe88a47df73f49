using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// What managers are told after the follow-up: who still has not answered, by department in plan order of first
/// appearance. Empty <see cref="Departments"/> means everyone answered.
/// </summary>
public sealed record ManagerNotice(FiscalQuarter Quarter, IReadOnlyList<DepartmentUnanswered> Departments)
{
    public bool EveryoneAnswered => Departments.Count == 0;
}
