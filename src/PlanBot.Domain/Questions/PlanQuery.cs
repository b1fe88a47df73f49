using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// A question, understood: what the asker wants (<see cref="Intent"/>), for which period, statuses, scope and topics.
/// <see cref="Understood"/> restates it in the asker's words for the answer's heading; <see cref="Unrecognised"/> holds the
/// parts of the question that meant nothing, so the answer can say so instead of silently ignoring them.
/// </summary>
public sealed record PlanQuery
{
    public QueryIntent Intent { get; init; } = QueryIntent.List;

    /// <summary>For <see cref="QueryIntent.PlanContent"/>: the action plan (計画) or the target (KGI, 目標).</summary>
    public PlanCellKind? PlanContent { get; init; }

    /// <summary>The period asked about, or null when none was named (then the latest reports count).</summary>
    public QueryPeriod? Period { get; init; }

    /// <summary>Reported statuses asked for; empty means any.</summary>
    public IReadOnlySet<ProgressStatus> Statuses { get; init; } = new HashSet<ProgressStatus>();

    /// <summary>未回答: items with no report for the period. Not a <see cref="ProgressStatus"/>, since it is the absence of a report.</summary>
    public bool Unanswered { get; init; }

    public QueryScope Scope { get; init; } = QueryScope.Everything;

    /// <summary>Canonical topic keywords (DX, 脱炭素, …) matched against initiative, sub-theme and plan text; any may match.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>A change between two moments (前期から悪化, 先週から変わった), or null.</summary>
    public QueryChange? Change { get; init; }

    /// <summary>N四半期続けて: the statuses must have held for this many quarters in a row; 0 when not asked.</summary>
    public int Streak { get; init; }

    /// <summary>How tallies are split (部署別 unless 重点戦略別 or 担当者別 was asked).</summary>
    public QueryGrouping Grouping { get; init; }

    /// <summary>Names several people on the roster share; the question is then understood only in part.</summary>
    public IReadOnlyList<AmbiguousName> AmbiguousNames { get; init; } = [];

    /// <summary>Questions the asker most likely meant, when part of theirs was not understood (「もしかして」).</summary>
    public IReadOnlyList<QueryAlternative> Alternatives { get; init; } = [];

    /// <summary>What was understood, one Japanese piece per filter, in a fixed order ("2026年度 第3四半期", "遅延", "産業振興部").</summary>
    public IReadOnlyList<string> Understood { get; init; } = [];

    /// <summary>Pieces of the question that were not understood, as the asker wrote them (normalised).</summary>
    public IReadOnlyList<string> Unrecognised { get; init; } = [];

    /// <summary>False when nothing in the question meant anything: the answer is then help with suggestions.</summary>
    public bool IsUnderstood { get; init; }

    public bool HasStatusFilter => Statuses.Count > 0 || Unanswered;

    /// <summary>
    /// For logs (English, one line): "List period=2026Q3 statuses=Delayed departments=産業振興部 topics=DX unrecognised=1".
    /// The asker's own words are left out; only their count is given.
    /// </summary>
    public override string ToString()
    {
        var parts = new List<string> { PlanContent is { } kind ? $"{Intent}:{kind}" : Intent.ToString() };
        if (!IsUnderstood)
        {
            parts.Add("not-understood");
        }

        if (Period is { } period)
        {
            parts.Add($"period={period}");
        }

        if (HasStatusFilter)
        {
            parts.Add("statuses=" + string.Join(',', Statuses.Order().Select(s => s.ToString()).Concat(Unanswered ? ["Unanswered"] : [])));
        }

        void Add<T>(string name, IReadOnlyCollection<T> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"{name}={string.Join(',', values)}");
            }
        }

        Add("departments", Scope.Departments);
        Add("strategies", Scope.StrategyNumbers);
        Add("initiatives", Scope.InitiativeNumbers);
        Add("people", Scope.People.Select(p => p.Email).ToList());
        if (Scope.Mine)
        {
            parts.Add("mine");
        }

        if (Scope.NoDepartment)
        {
            parts.Add("no-department");
        }

        Add("topics", Topics);
        if (Change is { } change)
        {
            parts.Add(change.Since is { } since ? $"change={change.Direction}@{since:yyyy-MM-dd}" : $"change={change.Direction}@previous-quarter");
        }

        if (Streak > 0)
        {
            parts.Add($"streak={Streak}");
        }

        if (Grouping != QueryGrouping.Department)
        {
            parts.Add($"by={Grouping}");
        }

        if (AmbiguousNames.Count > 0)
        {
            parts.Add($"ambiguous={AmbiguousNames.Count}");
        }
        if (Unrecognised.Count > 0)
        {
            parts.Add($"unrecognised={Unrecognised.Count}");
        }

        return string.Join(' ', parts);
    }
}
