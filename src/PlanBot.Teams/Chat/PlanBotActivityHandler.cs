using System.Text.Json;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Export;
using PlanBot.Teams.Questions;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.Welcome;

namespace PlanBot.Teams.Chat;

/// <summary>
/// PlanBot's turn: which feature an activity is for. An install is welcomed; a reminder card's button (Action.Execute,
/// or its Action.Submit fallback) goes to the reminder feature; an answer card's suggestion asks its question; any other
/// message goes to the chat-command router, which falls back to questions; the answer to the board paper's file consent
/// card (<c>fileConsent/invoke</c>) goes to the export feature. Invokes it does not handle return null, which
/// the endpoint answers with 501; conversationUpdate and the rest are recorded by the conversation recorder.
/// </summary>
internal sealed class PlanBotActivityHandler(
    WelcomeHandler welcome,
    ProgressCardActions progressCards,
    QuestionHandler questions,
    BoardPaperConsent boardPaperConsent,
    ChatCommandRouter commands) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate when activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade:
                turn.Outcome = "welcome";
                await welcome.SendAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Message when ProgressCardActions.IsProgressCard(activity.Value):
                turn.Outcome = "reminder card (Action.Submit)";
                await progressCards.SubmitAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Message when QuestionHandler.SuggestedQuestion(activity.Value) is { } suggested:
                await questions.ReplyAsync(turn, suggested, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Message:
                await commands.RouteAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction
                                           && ProgressCardActions.IsProgressCard(ActionData(activity.Value), ActionVerb(activity.Value)):
                turn.Outcome = "reminder card";
                return await progressCards.ExecuteAsync(turn, ActionData(activity.Value), cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Invoke when activity.Name == InvokeNames.FileConsent:
                return await boardPaperConsent.AnswerAsync(turn, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction && QuestionHandler.SuggestedQuestion(ActionData(activity.Value)) is { } question:
                return InvokeResponses.Card(await questions.AnswerAsync(turn, question, cancellationToken).ConfigureAwait(false));
            default:
                turn.Outcome = "recorded";
                return null;
        }
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
}
