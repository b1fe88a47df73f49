namespace PlanBot.Domain.Questions;

/// <summary>What the asker wants back.</summary>
public enum QueryIntent
{
    /// <summary>The matching items (the default when filters were understood).</summary>
    List,

    /// <summary>How many items match (何件, いくつ).</summary>
    Count,

    /// <summary>Status counts and average progress per scope (進捗, 状況).</summary>
    ProgressSummary,

    /// <summary>Who has not answered, and for which items (未回答, 未提出).</summary>
    Unanswered,

    /// <summary>Who is in charge and which department (誰が担当, 担当部署は), per initiative.</summary>
    Owners,

    /// <summary>Each quarter's report, oldest first (履歴, 推移).</summary>
    History,

    /// <summary>What is planned: the action plan (計画) or the target (KGI, 目標); which one is in <see cref="PlanQuery.PlanContent"/>.</summary>
    PlanContent,

    /// <summary>How to ask (ヘルプ, 使い方), also the answer when nothing was understood.</summary>
    Help,
}
