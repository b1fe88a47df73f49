using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Help;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Cards.Welcome;

namespace PlanBot.Teams.Handlers;

/// <summary>
/// PlanBot's conversation: a welcome when installed, the help card on ヘルプ, and for now a polite "being set up" reply to
/// anything else. Invokes it does not handle return null, which the endpoint answers with 501.
/// </summary>
internal sealed partial class PlanBotActivityHandler(IConversationStore conversations, TimeProvider clock, ILogger<PlanBotActivityHandler> logger)
    : IActivityHandler
{
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
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                // conversationUpdate and the rest are recorded by the conversation recorder; nothing to say.
                return null;
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = MessageText.Of(turn.Activity);
        if (HelpWords.Contains(text))
        {
            await SendAsync(turn, HelpCard.Build(showAdminCommands: true), ChatTexts.HelpSummary, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = await turn.ReplyAsync(ChatTexts.NotReadyYet, cancellationToken).ConfigureAwait(false);
        await HandleFailureAsync(turn, reply, cancellationToken).ConfigureAwait(false);
    }

    private static AdaptiveCard WelcomeCard(Activity activity) =>
        activity.GetTeamsChannelData()?.Team is not null || activity.Conversation?.ConversationType == "channel"
            ? TeamWelcomeCard.Build()
            : PersonalWelcomeCard.Build(activity.Conversation?.ConversationType == "personal" ? activity.From?.Name : null);

    private async Task SendAsync(TurnContext turn, AdaptiveCard card, string summary, CancellationToken cancellationToken)
    {
        var message = turn.Activity.CreateReply() with
        {
            Summary = summary,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = AdaptiveCardSerializer.ToElement(card) }],
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
}
