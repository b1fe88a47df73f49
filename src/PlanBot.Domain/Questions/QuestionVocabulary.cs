using PlanBot.Domain.People;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The words of one plan and roster that questions may use — departments (full and short names), initiative titles and
/// sub-theme labels (<see cref="TitleIndex"/>), people (full, family and given name, e-mail) — merged with the fixed
/// phrase table and sorted longest first. Everything is folded to matching keys here, so building it is the costly part:
/// it is an immutable value of (plan, roster), to be built once per plan import or roster change and shared by every
/// question until then.
/// </summary>
public sealed class QuestionVocabulary
{
    private readonly HashSet<string> personNames;

    public QuestionVocabulary(IReadOnlyList<string> departments, IReadOnlyList<InitiativeName> initiatives, IReadOnlyList<Person> people)
    {
        Departments = departments ?? throw new ArgumentNullException(nameof(departments));
        Initiatives = initiatives ?? throw new ArgumentNullException(nameof(initiatives));
        People = people ?? throw new ArgumentNullException(nameof(people));
        var fixedPhrases = QuestionLexicon.Entries.Select(e => e.Phrase)
            .Concat(QuestionTopics.All.SelectMany(t => t.Phrases.SelectMany(QuestionNormaliser.Keys)))
            .ToHashSet(StringComparer.Ordinal);
        DepartmentKeys = DepartmentForms(departments, fixedPhrases);
        var personEntries = PeopleEntries(people, fixedPhrases);
        personNames = people.Select(p => Compact(QuestionNormaliser.Key(p.Name))).ToHashSet(StringComparer.Ordinal);
        NameParts = [.. people.Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .SelectMany(p => ((IEnumerable<string>)[p.Name, .. p.Name.Split(' ', '　')]).Select(n => (Compact(QuestionNormaliser.Key(n)), p)))
            .Where(n => n.Item1.Length > 0)
            .Distinct()];
        Entries = Lexicon(personEntries);
        PhraseKeys = Entries.Select(e => e.Phrase).ToHashSet(StringComparer.Ordinal);
        Titles = new TitleIndex(initiatives);
        TitleKeys = [.. initiatives.Select(i => (i.Number, QuestionNormaliser.Key(i.Title)))];
    }

    /// <summary>担当部署 names as the plan writes them, in plan order.</summary>
    public IReadOnlyList<string> Departments { get; }

    public IReadOnlyList<InitiativeName> Initiatives { get; }

    public IReadOnlyList<Person> People { get; }

    /// <summary>Every phrase the parser knows, longest first.</summary>
    internal IReadOnlyList<QuestionLexicon.Entry> Entries { get; }

    /// <summary>The keys of <see cref="Entries"/>: a run that is exactly one of these is read as that word, not as part of a title.</summary>
    internal IReadOnlySet<string> PhraseKeys { get; }

    /// <summary>Initiative titles and sub-theme labels, for matching parts of a question.</summary>
    internal TitleIndex Titles { get; }

    /// <summary>Each initiative's title as a key, for 「もしかして」.</summary>
    internal IReadOnlyList<(int Number, string Key)> TitleKeys { get; }

    /// <summary>Every way a department is written (key), with its name as the plan writes it; its full name first.</summary>
    internal IReadOnlyList<(string Key, string Department)> DepartmentKeys { get; }

    /// <summary>Each person's full name without spaces, family name and given name as keys, for 「もしかして」.</summary>
    internal IReadOnlyList<(string Key, Person Person)> NameParts { get; }

    /// <summary>True when the text (e.g. a mention's) is the name of someone on the roster.</summary>
    internal bool IsPersonName(string name) => personNames.Contains(Compact(QuestionNormaliser.Key(name)));

    internal string TitleOf(int number) => Initiatives.FirstOrDefault(i => i.Number == number)?.Title ?? string.Empty;

    private List<QuestionLexicon.Entry> Lexicon(List<QuestionLexicon.Entry> people)
    {
        var entries = new List<QuestionLexicon.Entry>(QuestionLexicon.Entries);
        foreach (var topic in QuestionTopics.All)
        {
            entries.AddRange(topic.Phrases.SelectMany(QuestionNormaliser.Keys).Distinct(StringComparer.Ordinal)
                .Select(phrase => new QuestionLexicon.Entry(phrase, s => s.AddTopic(topic.Name))));
        }

        entries.AddRange(DepartmentKeys.Select(d => new QuestionLexicon.Entry(d.Key, s => s.AddDepartment(d.Department))));
        entries.AddRange(people);

        // Stable sort: among equal lengths the fixed table keeps its order.
        return [.. entries.Where(e => e.Phrase.Length > 0).OrderByDescending(e => e.Phrase.Length)];
    }

    /// <summary>産業振興部 as written, without spaces or dashes, and short (産業振興) unless the short form is a fixed word (防災 of SR-防災).</summary>
    private static List<(string Key, string Department)> DepartmentForms(IReadOnlyList<string> departments, HashSet<string> fixedPhrases)
    {
        var forms = new List<(string, string)>();
        foreach (var department in departments.Where(d => d.Length is > 0 and <= 40))
        {
            var full = QuestionNormaliser.Key(department);
            var shortForm = ShortDepartment(full);
            List<string> keys = [full, Compact(full), .. shortForm.Length >= 2 && !fixedPhrases.Contains(shortForm) ? [shortForm] : Array.Empty<string>()];
            forms.AddRange(keys.Distinct(StringComparer.Ordinal).Where(k => k.Length >= 2).Select(k => (k, department)));
        }

        return forms;
    }

    /// <summary>
    /// Each person by full name (with and without the space), e-mail, and family and given name on their own. A name
    /// several people share is kept as one ambiguous entry, so the answer can ask which of them was meant; a
    /// one-character name is read only with an honorific (誠さん), since alone it is part of too many words.
    /// </summary>
    private static List<QuestionLexicon.Entry> PeopleEntries(IReadOnlyList<Person> roster, HashSet<string> fixedPhrases)
    {
        var byPhrase = new Dictionary<string, (string AsWritten, List<Person> People)>(StringComparer.Ordinal);
        void Add(string key, string asWritten, Person person)
        {
            if (key.Length == 0 || fixedPhrases.Contains(key))
            {
                return;
            }

            if (!byPhrase.TryGetValue(key, out var entry))
            {
                entry = (asWritten, []);
                byPhrase[key] = entry;
            }

            if (!entry.People.Contains(person))
            {
                entry.People.Add(person);
            }
        }

        foreach (var person in roster.Where(p => !string.IsNullOrWhiteSpace(p.Name) && p.Name.Length <= 60))
        {
            var shown = QuestionNormaliser.Text(person.Name).Trim();
            var key = QuestionNormaliser.Key(person.Name);
            Add(Compact(key), shown, person);
            Add(key, shown, person);
            if (!string.IsNullOrWhiteSpace(person.Email))
            {
                Add(QuestionNormaliser.Key(person.Email), person.Email, person);
            }

            var parts = shown.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            foreach (var part in parts)
            {
                var partKey = QuestionNormaliser.Key(part);
                if (partKey.Length >= 2)
                {
                    Add(partKey, part, person);
                }
                else
                {
                    foreach (var honorific in QuestionLexicon.Honorifics)
                    {
                        Add(partKey + QuestionNormaliser.Key(honorific), part, person);
                    }
                }
            }
        }

        return [.. byPhrase.Select(p => p.Value.People.Count == 1
            ? new QuestionLexicon.Entry(p.Key, s => s.AddPerson(p.Value.People[0]))
            : new QuestionLexicon.Entry(p.Key, _ => { }, Ambiguous: new AmbiguousName(p.Value.AsWritten, p.Value.People)))];
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
