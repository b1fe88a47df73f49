namespace PlanBot.Domain.Questions;

/// <summary>Words in a question that say what kind of answer is wanted; <see cref="QuestionParser"/> decides the intent from them.</summary>
internal enum QuestionCue
{
    Help,
    Count,
    Progress,
    List,
    People,

    /// <summary>誰が担当, 担当部署は, who owns: who (and which department) is in charge.</summary>
    Owners,

    /// <summary>履歴, 推移, これまで: the reports quarter by quarter.</summary>
    History,
    PlanActions,
    PlanKgi,
}
