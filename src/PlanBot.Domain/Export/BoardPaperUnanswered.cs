using PlanBot.Domain.People;

namespace PlanBot.Domain.Export;

/// <summary>
/// Someone who has not answered for the quarter, under a department: the owner's own department (or
/// <see cref="DepartmentLabels.None"/>), and the sub-themes they are waited on for. <see cref="Person"/> is null for
/// due sub-themes nobody is in charge of, listed under the initiative's 担当部署 so the gap is seen too.
/// </summary>
public sealed record BoardPaperUnanswered(string Department, Person? Person, IReadOnlyList<BoardPaperRow> Rows);
