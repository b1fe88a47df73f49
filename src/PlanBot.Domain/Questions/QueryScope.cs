using PlanBot.Domain.People;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Which items a question is about. Kinds of filter combine with AND; values within one kind combine with OR
/// (「産業振興部と地域共創部」 means either department). An empty scope means the whole plan (as far as the asker may see).
/// </summary>
public sealed record QueryScope
{
    public static QueryScope Everything { get; } = new();

    /// <summary>担当部署 names exactly as the plan writes them.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>重点戦略 numbers.</summary>
    public IReadOnlyList<int> StrategyNumbers { get; init; } = [];

    /// <summary>具体的取組 numbers named directly (取組5, #5, 5番) or found by part of their title.</summary>
    public IReadOnlyList<int> InitiativeNumbers { get; init; } = [];

    /// <summary>The words that matched initiative titles (「ジェンダー」), kept to say back what was understood.</summary>
    public IReadOnlyList<string> InitiativeTitleTerms { get; init; } = [];

    /// <summary>People named in the question: their items.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>自分, 私の, 担当分: the asker's own items.</summary>
    public bool Mine { get; init; }

    /// <summary>担当部署なし: only initiatives the plan gives no department.</summary>
    public bool NoDepartment { get; init; }

    public bool IsEverything =>
        Departments.Count == 0 && StrategyNumbers.Count == 0 && InitiativeNumbers.Count == 0 && People.Count == 0 && !Mine && !NoDepartment;
}
