using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>What the recognisers found in one question; built per call and turned into a <see cref="PlanQuery"/>.</summary>
internal sealed class ParseState(QuestionContext context)
{
    public QuestionContext Context { get; } = context;

    public FiscalQuarter Current => Context.CurrentQuarter;

    public List<int> FiscalYears { get; } = [];

    public List<int> QuarterNumbers { get; } = [];

    public List<FiscalQuarter> Quarters { get; } = [];

    public List<int> Halves { get; } = [];

    /// <summary>Months without a year (10〜12月), as quarter numbers; the fiscal year is decided with the rest of the period.</summary>
    public List<(int FirstQuarter, int LastQuarter)> MonthSpans { get; } = [];

    public HashSet<ProgressStatus> Statuses { get; } = [];

    public bool Unanswered { get; set; }

    public HashSet<QuestionCue> Cues { get; } = [];

    public List<string> Departments { get; } = [];

    public List<int> Strategies { get; } = [];

    public List<int> Initiatives { get; } = [];

    public List<string> TitleTerms { get; } = [];

    public List<Person> People { get; } = [];

    public bool Mine { get; set; }

    /// <summary>担当分 was written; it means 自分 unless a person was named.</summary>
    public bool ShareWord { get; set; }

    public List<string> Topics { get; } = [];

    /// <summary>担当部署なし: initiatives the plan gives no department.</summary>
    public bool NoDepartment { get; set; }

    public QueryGrouping? Grouping { get; set; }

    public ChangeDirection? Direction { get; set; }

    /// <summary>The day a change is counted from (先週から, 昨日から); null compares quarters.</summary>
    public DateOnly? Since { get; set; }

    /// <summary>前期から: a change against the previous quarter was asked for in so many words.</summary>
    public bool SincePreviousQuarter { get; set; }

    /// <summary>N四半期続けて: how many quarters in a row; 0 when not asked.</summary>
    public int Streak { get; set; }

    /// <summary>Names several people share, where they were written (key positions), with who they may be.</summary>
    public List<(int Start, int Length, AmbiguousName Name)> AmbiguousNames { get; } = [];

    public List<string> Unrecognised { get; } = [];

    /// <summary>Pieces written only in hiragana that nothing read (すずき): reported only when nothing at all was read.</summary>
    public List<(int Start, int Length)> KanaLeftovers { get; } = [];

    /// <summary>Where the unrecognised pieces are (key positions), for 「もしかして」 to put a likely word in their place.</summary>
    public List<(int Start, int Length)> UnrecognisedAt { get; } = [];

    /// <summary>Something other than noise was recognised.</summary>
    public bool Recognised { get; set; }

    public void AddDepartment(string department) => AddOnce(Departments, department);

    public void AddStrategy(int number) => AddOnce(Strategies, number);

    public void AddInitiative(int number) => AddOnce(Initiatives, number);

    public void AddTopic(string topic) => AddOnce(Topics, topic);

    public void AddPerson(Person person) => AddOnce(People, person);

    public static void AddOnce<T>(List<T> list, T value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
