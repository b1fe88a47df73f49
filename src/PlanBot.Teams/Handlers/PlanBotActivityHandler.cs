using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Answers;
using PlanBot.Teams.Cards.Help;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Cards.Reminders;
using PlanBot.Teams.Cards.Welcome;
using PlanBot.Teams.Digest;
using PlanBot.Teams.Export;

namespace PlanBot.Teams.Handlers;

/// <summary>
/// PlanBot's conversation: a welcome when installed, the help card on ヘルプ, and an answer card for any other text,
/// which is read as a question; 「エクスポート」 sends the board paper as a file (<see cref="BoardPaperChat"/>). A suggestion button on an answer card (Action.Execute or its Action.Submit fallback)
/// asks its question. A reminder card's submit or refresh is answered by <see cref="ProgressCardHandler"/>: in the
/// invoke's response (Universal Actions), or for the Action.Submit fallback by updating the card's message in place.
/// Invokes it does not handle return null, which the endpoint answers with 501.
/// </summary>
internal sealed partial class PlanBotActivityHandler(
    QuestionService questions,
    ProgressCardHandler progressCards,
    DigestChannelCommands digestCommands,
    RemindNowCommand remindNow,
    RosterCheckCommand rosterCheck,
    BoardPaperChat boardPaper,
    IConversationStore conversations,
    TimeProvider clock,
    ILogger<PlanBotActivityHandler> logger) : IActivityHandler
{
    private const string AdaptiveCardResponseType = "application/vnd.microsoft.card.adaptive";
    private const string MessageResponseType = "application/vnd.microsoft.activity.message";

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "ヘルプ", "help", "へるぷ", "使い方", "?" };

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate when activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade:
                await SendAsync(turn, WelcomeCard(activity), ChatTexts.WelcomeSummary, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Message when IsProgressCard(activity.Value):
                if (await ProgressCardAsync(turn, activity.Value, cancellationToken).ConfigureAwait(false) is { } updated)
                {
                    await UpdateProgressCardAsync(turn, updated, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // The card is left as it was, so what the user typed is not lost; the notice comes as a new message.
                    await SendAsync(turn, NoticeCard.Build(ProgressCardTexts.Unreadable), ProgressCardTexts.UnreadableSummary, cancellationToken).ConfigureAwait(false);
                }

                return null;
            case ActivityTypes.Message when SuggestedQuestion(activity.Value) is { } suggested:
                await SendAsync(turn, await AnswerAsync(turn, suggested, cancellationToken).ConfigureAwait(false), ChatTexts.AnswerSummary, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction && IsProgressCard(ActionData(activity.Value), ActionVerb(activity.Value)):
                return await ProgressCardAsync(turn, ActionData(activity.Value), cancellationToken).ConfigureAwait(false) is { } card
                    ? CardResponse(card)
                    : MessageResponse(ProgressCardTexts.Unreadable);
            case ActivityTypes.Invoke when activity.Name == InvokeNames.FileConsent:
                return await boardPaper.OnFileConsentAsync(turn, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction && SuggestedQuestion(ActionData(activity.Value)) is { } question:
                return CardResponse(await AnswerAsync(turn, question, cancellationToken).ConfigureAwait(false));
            default:
                // conversationUpdate and the rest are recorded by the conversation recorder; nothing to say.
                return null;
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = MessageText.Of(turn.Activity);
        if (await digestCommands.TryHandleAsync(turn, text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (await remindNow.TryHandleAsync(turn, text, cancellationToken).ConfigureAwait(false) is { } reminded)
        {
            await SendAsync(turn, NoticeCard.Build(reminded), reminded, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await rosterCheck.TryHandleAsync(turn, text, cancellationToken).ConfigureAwait(false) is { } checkCard)
        {
            await SendAsync(turn, checkCard, ChatTexts.RosterCheckSummary, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await boardPaper.TryHandleAsync(turn, text, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var card = HelpWords.Contains(text) || text.Length == 0
            ? HelpCard.Build(showAdminCommands: await IsAdminAsync(turn, cancellationToken).ConfigureAwait(false))
            : await AnswerAsync(turn, text, cancellationToken).ConfigureAwait(false);
        await SendAsync(turn, card, text.Length == 0 || HelpWords.Contains(text) ? ChatTexts.HelpSummary : ChatTexts.AnswerSummary, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> AnswerAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        var outcome = await questions.AskAsync(question, from?.AadObjectId, from?.GetEmail(), cancellationToken).ConfigureAwait(false);
        LogQuestion(logger, outcome.Kind, outcome.Query?.ToString());
        return outcome.Kind switch
        {
            QuestionOutcomeKind.Answered => AnswerCard.Build(outcome.Answer!, outcome.Asker!.Role == PersonRole.Admin),
            QuestionOutcomeKind.NoPlan => NoticeCard.Build(ChatTexts.NoPlan),
            _ => NoticeCard.Build(ChatTexts.NotOnRoster),
        };
    }

    private async Task<bool> IsAdminAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var outcome = await questions.FindAskerAsync(turn.Activity.From?.AadObjectId, turn.Activity.From?.GetEmail(), cancellationToken).ConfigureAwait(false);
        return outcome?.Role == PersonRole.Admin;
    }


    private static JsonElement? ActionData(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data)
            ? data
            : null;

    private static string? ActionVerb(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    /// <summary>
    /// A reminder card's data: its verb (in the data, or the action's for Action.Execute) is one of the card's, or it
    /// carries the card's cycle and card ids. Data that claims to be from the card but is not readable still counts, so the
    /// user gets an error card rather than silence or an answer to a question they did not ask.
    /// </summary>
    private static bool IsProgressCard(JsonElement? data, string? actionVerb = null)
    {
        if (actionVerb is CardVerbs.SubmitProgress or CardVerbs.RefreshProgress)
        {
            return true;
        }

        if (data is not { ValueKind: JsonValueKind.Object } d)
        {
            return false;
        }

        return (d.TryGetProperty(CardDataKeys.Verb, out var verb) && verb.ValueKind == JsonValueKind.String
                && verb.GetString() is CardVerbs.SubmitProgress or CardVerbs.RefreshProgress)
            || d.TryGetProperty(CardDataKeys.CycleId, out _)
            || d.TryGetProperty(CardDataKeys.CardId, out _);
    }

    /// <summary>The card to put in place of the reminder card, or null when its data cannot be read.</summary>
    private async Task<AdaptiveCard?> ProgressCardAsync(TurnContext turn, JsonElement? data, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        if (data is not { } d || !ProgressCardSubmission.TryParse(d, out var submission))
        {
            LogProgressCardUnreadable(logger, turn.Activity.Type, turn.Activity.Id);
            return null;
        }

        var sender = new ProgressCardSender(from?.AadObjectId, from?.GetEmail(), from?.Id, from?.Name);
        return await progressCards.RespondAsync(submission, sender, turn.Activity.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The Action.Submit fallback has no response to carry a card, so the card's own message (the one the submit replies
    /// to) is replaced; without its id the card is sent as a new message instead.
    /// </summary>
    private async Task UpdateProgressCardAsync(TurnContext turn, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (turn.Activity.ReplyToId is not { Length: > 0 } cardMessageId)
        {
            await SendAsync(turn, card, ProgressCardTexts.RecordSummary, cancellationToken).ConfigureAwait(false);
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Id = cardMessageId,
            Summary = ProgressCardTexts.RecordSummary,
            Attachments = [CardMessage.AttachmentOf(card)],
        };
        var result = await turn.Connector.UpdateActivityAsync(turn.ServiceUrl, turn.ConversationId, cardMessageId, update, cancellationToken).ConfigureAwait(false);
        await HandleFailureAsync(turn, result, cancellationToken).ConfigureAwait(false);
    }

    private static string? SuggestedQuestion(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d
        && d.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && verb.GetString() == AnswerCardVerbs.AskQuestion
        && d.TryGetProperty(AnswerCardDataKeys.Question, out var question) && question.ValueKind == JsonValueKind.String
            ? question.GetString()
            : null;

    private static InvokeResponse CardResponse(AdaptiveCard card) => new(200, JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["statusCode"] = 200,
        ["type"] = AdaptiveCardResponseType,
        ["value"] = AdaptiveCardSerializer.ToElement(card),
    }));

    /// <summary>Universal Actions' text answer: Teams shows it to the user and leaves the card as it is.</summary>
    private static InvokeResponse MessageResponse(string text) => new(200, JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["statusCode"] = 200,
        ["type"] = MessageResponseType,
        ["value"] = text,
    }));

    private static AdaptiveCard WelcomeCard(Activity activity) =>
        activity.GetTeamsChannelData()?.Team is not null || activity.Conversation?.ConversationType == "channel"
            ? TeamWelcomeCard.Build()
            : PersonalWelcomeCard.Build(activity.Conversation?.ConversationType == "personal" ? activity.From?.Name : null);

    private async Task SendAsync(TurnContext turn, AdaptiveCard card, string summary, CancellationToken cancellationToken)
    {
        var message = turn.Activity.CreateReply() with
        {
            Summary = summary,
            Attachments = [CardMessage.AttachmentOf(card)],
        };
        var result = await turn.ReplyAsync(message, cancellationToken).ConfigureAwait(false);
        await HandleFailureAsync(turn, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleFailureAsync(TurnContext turn, ConnectorResult result, CancellationToken cancellationToken)
    {
        // The client has retried what can be retried; what is left is logged with its Teams code, not swallowed, and a
        // conversation Teams says is closed to us is marked so proactive sends skip it.
        if (result.Error is not { } error)
        {
            return;
        }

        LogReplyFailed(logger, turn.Activity.Type, turn.Activity.Id, error.Kind, error.Code, (int?)error.Status);
        if (error.ConversationUnreachable)
        {
            var state = error.Kind == ConnectorErrorKind.ConversationBlockedByUser ? ConversationState.Blocked : ConversationState.Unreachable;
            await conversations.SetStateAsync(turn.ConversationId, state, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Reply to {ActivityType} {ActivityId} failed: {Kind} {Code} (HTTP {Status})")]
    private static partial void LogReplyFailed(ILogger logger, string? activityType, string? activityId, ConnectorErrorKind kind, string? code, int? status);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Reminder card data in {ActivityType} {ActivityId} not readable")]
    private static partial void LogProgressCardUnreadable(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Question answered: {Outcome} {Query}")]
    private static partial void LogQuestion(ILogger logger, QuestionOutcomeKind outcome, string? query);
}
