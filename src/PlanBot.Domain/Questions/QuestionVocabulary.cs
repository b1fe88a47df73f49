using PlanBot.Domain.People;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The words of one plan and roster that questions may use: departments (full and short names), initiative titles and
/// people's names, merged with the fixed phrase table and sorted longest first. Building it normalises every name, so
/// build it once per plan and roster (the host can keep one until the next import) and share it across questions.
/// </summary>
public sealed class QuestionVocabulary
{
    /// <summary>A piece of a question must share at least this many characters with a title to select that initiative.</summary>
    internal const int MinTitleFragment = 3;

    private readonly HashSet<string> personNames;

    public QuestionVocabulary(IReadOnlyList<string> departments, IReadOnlyList<InitiativeName> initiatives, IReadOnlyList<Person> people)
    {
        Departments = departments ?? throw new ArgumentNullException(nameof(departments));
        Initiatives = initiatives ?? throw new ArgumentNullException(nameof(initiatives));
        People = people ?? throw new ArgumentNullException(nameof(people));
        var personEntries = PeopleEntries(people);
        personNames = personEntries.Select(p => p.Phrase).ToHashSet(StringComparer.Ordinal);
        Entries = Lexicon(departments, initiatives, personEntries);
        Titles = initiatives
            .Select(i => (i.Number, Title: QuestionNormaliser.Text(i.Title)))
            .Where(t => t.Title.Length > 0)
            .ToList();
    }

    /// <summary>担当部署 names as the plan writes them, in plan order.</summary>
    public IReadOnlyList<string> Departments { get; }

    public IReadOnlyList<InitiativeName> Initiatives { get; }

    public IReadOnlyList<Person> People { get; }

    /// <summary>Every phrase the parser knows, longest first.</summary>
    internal IReadOnlyList<QuestionLexicon.Entry> Entries { get; }

    /// <summary>Initiative titles, normalised, for matching parts of a question.</summary>
    internal IReadOnlyList<(int Number, string Title)> Titles { get; }

    /// <summary>True when the text (e.g. a mention's) is the name of someone on the roster.</summary>
    internal bool IsPersonName(string name) => personNames.Contains(Compact(QuestionNormaliser.Text(name)));

    private static List<QuestionLexicon.Entry> Lexicon(
        IReadOnlyList<string> departments, IReadOnlyList<InitiativeName> initiatives, List<(string Phrase, Person Person)> people)
    {
        var entries = new List<QuestionLexicon.Entry>(QuestionLexicon.Entries);
        var taken = entries.Select(e => e.Phrase).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in QuestionTopics.All)
        {
            foreach (var phrase in topic.Phrases)
            {
                entries.Add(new(phrase, s => s.AddTopic(topic.Name)));
                taken.Add(phrase);
            }
        }

        foreach (var department in departments.Where(d => d.Length is > 0 and <= 40))
        {
            var full = QuestionNormaliser.Text(department).Trim();
            var forms = new HashSet<string>(StringComparer.Ordinal) { full, Compact(full) };

            // A short form that is also a topic (防災 of SR-防災) stays a topic; see QuestionParser.
            var shortForm = ShortDepartment(full);
            if (shortForm.Length >= 2 && !taken.Contains(shortForm))
            {
                forms.Add(shortForm);
            }

            entries.AddRange(forms.Where(f => f.Length >= 2).Select(f => new QuestionLexicon.Entry(f, s => s.AddDepartment(department))));
        }

        foreach (var initiative in initiatives)
        {
            var title = QuestionNormaliser.Text(initiative.Title).Trim();
            if (title.Length >= MinTitleFragment)
            {
                entries.Add(new(title, s => s.AddInitiative(initiative.Number)));
            }
        }

        entries.AddRange(people.Select(p => new QuestionLexicon.Entry(p.Phrase, s => ParseState.AddOnce(s.People, p.Person))));

        // Stable sort: among equal lengths the fixed table keeps its order.
        return entries.Where(e => e.Phrase.Length > 0).OrderByDescending(e => e.Phrase.Length).ToList();
    }

    /// <summary>Each person by full name (with and without spaces) and by family name when no one else shares it.</summary>
    private static List<(string Phrase, Person Person)> PeopleEntries(IReadOnlyList<Person> roster)
    {
        var list = new List<(string, Person)>();
        var people = roster.Where(p => !string.IsNullOrWhiteSpace(p.Name) && p.Name.Length <= 60).ToList();
        var familyCounts = people.Select(p => FamilyName(p.Name)).Where(f => f.Length >= 2)
            .GroupBy(f => f, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var person in people)
        {
            var name = QuestionNormaliser.Text(person.Name).Trim();
            list.Add((Compact(name), person));
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                list.Add((name, person));
            }

            var family = FamilyName(person.Name);
            if (family.Length >= 2 && familyCounts[family] == 1)
            {
                list.Add((family, person));
            }
        }

        return list;
    }

    private static string FamilyName(string name)
    {
        var normalised = QuestionNormaliser.Text(name).Trim();
        var space = normalised.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? normalised[..space] : string.Empty;
    }

    /// <summary>産業振興部 → 産業振興, 経営企画室 → 経営企画, sr-防災 → 防災.</summary>
    private static string ShortDepartment(string full)
    {
        var s = full;
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && s[..dash].All(char.IsAsciiLetter))
        {
            s = s[(dash + 1)..];
        }

        return s.Length > 2 && s[^1] is '部' or '室' or '課' ? s[..^1] : s;
    }

    internal static string Compact(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '・' and not '_').ToArray());
}
