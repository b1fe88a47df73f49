using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Questions;

/// <summary>
/// What the parser needs besides the text: today's date in Japan (relative periods and quarters without a year),
/// the plan's vocabulary (departments, initiatives), the roster (people named in a question) and the asker (自分, 自部署).
/// </summary>
public sealed record QuestionContext(
    DateOnly Today,
    IReadOnlyList<string> Departments,
    IReadOnlyList<InitiativeName> Initiatives,
    IReadOnlyList<Person> People,
    Person Asker)
{
    public FiscalQuarter CurrentQuarter => FiscalQuarter.Of(Today);

    /// <summary>The context for a question asked now about <paramref name="plan"/>.</summary>
    public static QuestionContext For(ActionPlan plan, IReadOnlyList<Person> people, Person asker, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(clock);
        var departments = plan.Initiatives.Select(i => i.Department)
            .Concat(people.Select(p => p.Department))
            .OfType<string>()
            .Where(d => d.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var initiatives = plan.Initiatives.Select(i => new InitiativeName(i.Number, i.Title)).ToList();
        return new(JapanTime.Today(clock), departments, initiatives, people, asker);
    }
}
