using System.Text;

namespace PlanBot.Domain.Questions;

/// <summary>Plain-text rendering of an answer, for the CLI (`ask`) and as the text of a chat reply.</summary>
public static class AnswerText
{
    public static string Render(QueryResult result) => Render(AnswerBuilder.Build(result));

    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder();
        text.AppendLine(answer.Heading);
        text.AppendLine(answer.Scope);
        foreach (var note in answer.Notes)
        {
            text.Append("※ ").AppendLine(note);
        }

        foreach (var fact in answer.Facts)
        {
            text.Append("・").Append(fact.Label).Append(": ").AppendLine(fact.Value);
        }

        foreach (var group in answer.Groups)
        {
            text.AppendLine().Append("■ ").AppendLine(group.Title);
            foreach (var item in group.Items)
            {
                text.Append("・").AppendLine(item.Title);
                if (item.Facts.Count > 0)
                {
                    text.Append("  ").AppendLine(string.Join(" / ", item.Facts.Select(f => $"{f.Label}: {f.Value}")));
                }

                foreach (var line in item.Lines)
                {
                    text.Append("  ").AppendLine(line);
                }
            }
        }

        if (answer.MoreCount > 0)
        {
            text.AppendLine().AppendLine(answer.Kind == AnswerKind.Unanswered
                ? QuestionTexts.MorePeople(answer.MoreCount)
                : QuestionTexts.More(answer.MoreCount));
        }

        if (answer.Suggestions.Count > 0)
        {
            text.AppendLine().AppendLine(answer.SuggestionsHeading);
            foreach (var suggestion in answer.Suggestions)
            {
                text.Append("・").AppendLine(suggestion);
            }
        }

        if (answer.Help.Count > 0)
        {
            text.AppendLine();
            foreach (var line in answer.Help)
            {
                text.AppendLine(line);
            }
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }
}
