namespace PlanBot.Teams.Questions;

/// <summary>
/// The answer card's own words, in one place for review. The wording of answers themselves (headings, labels,
/// "ほか N件", suggestions) comes from <see cref="PlanBot.Domain.Questions.QuestionTexts"/>, so the card and the plain-text
/// reply say the same thing.
/// </summary>
internal static class AnswerCardTexts
{
    /// <summary>What Teams shows for an answer in the activity feed and the chat list.</summary>
    public const string Summary = "PlanBot からの回答";

    /// <summary>Marks notes (what was withheld, what was not understood), as the plain-text rendering does.</summary>
    public const string NotePrefix = "※ ";

    /// <summary>Between a label and its value ("状況: 遅延").</summary>
    public const string LabelSeparator = ": ";

    /// <summary>Between the facts of one item, which share a line to keep the card short.</summary>
    public const string FactSeparator = " / ";

    public const string MoreHint = "期間・部署・状況などで絞り込むと、残りもご覧いただけます。";

    /// <summary>Column headings of the status table of a 進捗状況 or 件数 answer.</summary>
    public const string ScopeColumn = "範囲";

    public const string TallyColumn = "件数・内訳";

    /// <summary>Shown when the card cannot be rendered and no heading exists (never expected: every answer has one).</summary>
    public const string FallbackText = "PlanBot の回答";
}
