using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Questions;

/// <summary>
/// What the parser needs besides the text: today's date in Japan (relative periods and quarters without a year),
/// the plan's and roster's words (<see cref="QuestionVocabulary"/>: departments, initiatives, people) and the asker
/// (自分, 自部署). The vocabulary is the costly part; share one across questions until the plan or roster changes.
/// </summary>
public sealed record QuestionContext(DateOnly Today, QuestionVocabulary Vocabulary, Person Asker)
{
    public QuestionContext(
        DateOnly today, IReadOnlyList<string> departments, IReadOnlyList<InitiativeName> initiatives, IReadOnlyList<Person> people, Person asker)
        : this(today, new QuestionVocabulary(departments, initiatives, people), asker)
    {
    }

    public FiscalQuarter CurrentQuarter => FiscalQuarter.Of(Today);

    public IReadOnlyList<string> Departments => Vocabulary.Departments;

    public IReadOnlyList<InitiativeName> Initiatives => Vocabulary.Initiatives;

    public IReadOnlyList<Person> People => Vocabulary.People;

    /// <summary>
    /// The vocabulary of a plan and roster: departments in plan order, then any only the roster names; initiatives with
    /// their sub-theme labels. Costly: build it once per plan import or roster change.
    /// </summary>
    public static QuestionVocabulary VocabularyOf(ActionPlan plan, IReadOnlyList<Person> people)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(people);
        var departments = plan.Initiatives.Select(i => i.Department)
            .Concat(people.Select(p => p.Department))
            .OfType<string>()
            .Where(d => d.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var initiatives = plan.Initiatives
            .Select(i => new InitiativeName(i.Number, i.Title, [.. i.SubThemes.Select(s => s.Label).OfType<string>()]))
            .ToList();
        return new QuestionVocabulary(departments, initiatives, people);
    }

    /// <summary>The context for a question asked now by <paramref name="asker"/>.</summary>
    public static QuestionContext For(QuestionVocabulary vocabulary, Person asker, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new(JapanTime.Today(clock), vocabulary, asker);
    }
}
