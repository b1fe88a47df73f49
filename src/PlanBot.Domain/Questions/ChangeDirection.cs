namespace PlanBot.Domain.Questions;

/// <summary>What a question about change between two moments asks for (<see cref="QueryChange"/>).</summary>
public enum ChangeDirection
{
    /// <summary>変わった, 変化: the status differs.</summary>
    Any,

    /// <summary>悪化: the status got worse (順調 → 要注意 → 遅延).</summary>
    Worse,

    /// <summary>改善: the status got better.</summary>
    Better,

    /// <summary>先週の報告, 更新: anything reported since, whether the status changed or not.</summary>
    Reported,
}
