using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Questions;

/// <summary>
/// Answers a question with the answer card, within what the asker may see: any message that is no command, and the
/// suggestion buttons of an answer card (Action.Execute, or its Action.Submit fallback).
/// </summary>
internal sealed partial class QuestionHandler(QuestionService questions, ChatReplies replies, ILogger<QuestionHandler> logger)
{
    /// <summary>Answers <paramref name="question"/> with a card sent to the turn's conversation.</summary>
    public async Task ReplyAsync(TurnContext turn, string question, CancellationToken cancellationToken) =>
        await replies.SendCardAsync(turn, await AnswerAsync(turn, question, cancellationToken).ConfigureAwait(false), AnswerCardTexts.Summary, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The answer card for <paramref name="question"/>, asked by the turn's sender.</summary>
    public async Task<AdaptiveCard> AnswerAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        var outcome = await questions.AskAsync(question, from?.AadObjectId, from?.GetEmail(), cancellationToken).ConfigureAwait(false);
        turn.Outcome = $"question {outcome.Kind} {outcome.Query}";
        LogQuestion(logger, outcome.Kind, outcome.Query?.ToString());
        return outcome.Kind switch
        {
            QuestionOutcomeKind.Answered => AnswerCard.Build(outcome.Answer!, outcome.Asker!.Role == PersonRole.Admin),
            QuestionOutcomeKind.NoPlan => NoticeCard.Build(ChatTexts.NoPlan),
            _ => NoticeCard.Build(ChatTexts.NotOnRoster),
        };
    }

    /// <summary>The question a suggestion button asks, when the card data is one of the answer card's; else null.</summary>
    public static string? SuggestedQuestion(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d
        && d.TryGetProperty(CardDataKeys.Verb, out var verb) && verb.ValueKind == JsonValueKind.String && verb.GetString() == AnswerCardVerbs.AskQuestion
        && d.TryGetProperty(AnswerCardDataKeys.Question, out var question) && question.ValueKind == JsonValueKind.String
            ? question.GetString()
            : null;

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Question answered: {Outcome} {Query}")]
    private static partial void LogQuestion(ILogger logger, QuestionOutcomeKind outcome, string? query);
}
