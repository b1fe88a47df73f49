namespace PlanBot.Domain.Questions;

/// <summary>The shape of an answer, for renderers that lay them out differently (a card shows a summary as a table).</summary>
public enum AnswerKind
{
    Items,
    Count,
    Summary,
    Unanswered,
    Plan,

    /// <summary>One initiative: each sub-theme's latest report, the previous quarter, this year's plan and KGI.</summary>
    Detail,

    /// <summary>Who is in charge, and which department, per initiative.</summary>
    Owners,

    /// <summary>Each quarter's report per sub-theme.</summary>
    History,
    Empty,
    Help,
    NotUnderstood,
}
