using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// A reminder card's buttons as they arrive: Action.Execute as an <c>adaptiveCard/action</c> invoke, answered with the
/// card to put in its place, and the Action.Submit fallback as a message, answered by updating the card's message in
/// place. <see cref="ProgressCardHandler"/> decides the card.
/// </summary>
internal sealed partial class ProgressCardActions(ProgressCardHandler handler, ChatReplies replies, ILogger<ProgressCardActions> logger)
{
    /// <summary>
    /// A reminder card's data: its verb (in the data, or the action's for Action.Execute) is one of the card's, or it
    /// carries the card's cycle and card ids. Data that claims to be from the card but is not readable still counts, so the
    /// user gets an error card rather than silence or an answer to a question they did not ask.
    /// </summary>
    public static bool IsProgressCard(JsonElement? data, string? actionVerb = null)
    {
        if (actionVerb is ReminderCardVerbs.SubmitProgress or ReminderCardVerbs.RefreshProgress)
        {
            return true;
        }

        if (data is not { ValueKind: JsonValueKind.Object } d)
        {
            return false;
        }

        return (d.TryGetProperty(CardDataKeys.Verb, out var verb) && verb.ValueKind == JsonValueKind.String
                && verb.GetString() is ReminderCardVerbs.SubmitProgress or ReminderCardVerbs.RefreshProgress)
            || d.TryGetProperty(ReminderCardDataKeys.CycleId, out _)
            || d.TryGetProperty(ReminderCardDataKeys.CardId, out _);
    }

    /// <summary>Universal Actions: the card to show in place of the reminder card, or a notice when its data is unreadable.</summary>
    public async Task<InvokeResponse> ExecuteAsync(TurnContext turn, JsonElement? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            return await RespondAsync(turn, data, cancellationToken).ConfigureAwait(false) is { } card
                ? InvokeResponses.Card(card)
                : InvokeResponses.Message(ProgressCardTexts.Unreadable);
        }
        catch (DbException exception)
        {
            // The store could not even be read (e.g. a full disk): nothing was recorded. A text answer leaves the card as
            // it is, so what the user entered stays on it.
            LogStoreFault(logger, turn.Activity.Id, exception);
            turn.Outcome = "reminder card not recorded (store fault)";
            return InvokeResponses.Message(ProgressCardTexts.NotRecorded);
        }
    }

    /// <summary>
    /// The Action.Submit fallback has no response to carry a card, so the card's own message (the one the submit replies
    /// to) is replaced; without its id the card is sent as a new message instead. Unreadable data leaves the card as it
    /// was, so what the user typed is not lost; the notice comes as a new message.
    /// </summary>
    public async Task SubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await RespondAsync(turn, turn.Activity.Value, cancellationToken).ConfigureAwait(false) is not { } card)
        {
            await replies.SendCardAsync(turn, NoticeCard.Build(ProgressCardTexts.Unreadable), ProgressCardTexts.UnreadableSummary, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (turn.Activity.ReplyToId is not { Length: > 0 } cardMessageId)
        {
            await replies.SendCardAsync(turn, card, ProgressCardTexts.RecordSummary, cancellationToken).ConfigureAwait(false);
            return;
        }

        var update = new Activity
        {
            Type = ActivityTypes.Message,
            Id = cardMessageId,
            Summary = ProgressCardTexts.RecordSummary,
            Attachments = [CardMessage.AttachmentOf(card)],
        };
        await replies.UpdateAsync(turn, cardMessageId, update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The card to put in place of the reminder card, or null when its data cannot be read.</summary>
    private async Task<AdaptiveCard?> RespondAsync(TurnContext turn, JsonElement? data, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        if (data is not { } d || !ProgressCardSubmission.TryParse(d, out var submission))
        {
            LogUnreadable(logger, turn.Activity.Type, turn.Activity.Id);
            return null;
        }

        var sender = new ProgressCardSender(from?.AadObjectId, from?.GetEmail(), from?.Id, from?.Name);
        return await handler.RespondAsync(submission, sender, turn.Activity.Id, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Reminder card answer {ActivityId} not recorded: the store could not be read")]
    private static partial void LogStoreFault(ILogger logger, string? activityId, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Reminder card data in {ActivityType} {ActivityId} not readable")]
    private static partial void LogUnreadable(ILogger logger, string? activityType, string? activityId);
}
