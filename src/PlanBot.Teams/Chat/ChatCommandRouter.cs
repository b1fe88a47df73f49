using Microsoft.Extensions.Logging;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Questions;

namespace PlanBot.Teams.Chat;

/// <summary>
/// A message's text, read once (mention removed, normalised) and matched against <see cref="ChatCommands"/>: a command
/// goes to its handler after the router has checked who may use it and where; any other text is a question.
/// </summary>
internal sealed partial class ChatCommandRouter(
    IEnumerable<IChatCommandHandler> handlers,
    QuestionHandler questions,
    QuestionService people,
    ChatReplies replies,
    ILogger<ChatCommandRouter> logger)
{
    public async Task RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = MessageText.Of(turn.Activity);
        if (ChatCommands.Match(text) is not { } match)
        {
            await questions.ReplyAsync(turn, text, cancellationToken).ConfigureAwait(false);
            return;
        }

        var command = match.Command;
        if (command.Handler is null)
        {
            // A word listed for the menu and the help card (進捗, 遅延…): asked as the question it stands for.
            await questions.ReplyAsync(turn, command.Name, cancellationToken).ConfigureAwait(false);
            return;
        }

        var from = turn.Activity.From;
        var asker = await people.FindAskerAsync(from?.AadObjectId, from?.GetEmail(), cancellationToken).ConfigureAwait(false);
        if (command.Audience == ChatAudience.Admins && asker is not { Role: PersonRole.Admin })
        {
            Refuse(turn, command, asker is null ? "not on the roster" : "not an admin");
            await RefuseAsync(turn, ChatTexts.AdminsOnly(command), cancellationToken).ConfigureAwait(false);
            return;
        }

        var scope = ChatScopesExtensions.ScopeOf(turn.Activity);
        if ((command.Scopes & scope) == 0)
        {
            Refuse(turn, command, $"not for the {scope} scope");
            await RefuseAsync(turn, ChatTexts.OnlyIn(command), cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.Outcome = $"command {command.Name}";
        var handler = handlers.FirstOrDefault(h => h.GetType() == command.Handler)
            ?? throw new InvalidOperationException($"No handler of type {command.Handler.Name} is registered for the chat command {command.Name}.");
        await handler.HandleAsync(new ChatCommandRequest(turn, command, match.Argument, asker), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The turn's one log line says why; the detail line is for Debug.</summary>
    private void Refuse(TurnContext turn, ChatCommand command, string reason)
    {
        turn.Outcome = $"command {command.Name} refused: {reason}";
        LogRefused(logger, command.Name, reason);
    }

    private Task RefuseAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        replies.SendCardAsync(turn, NoticeCard.Build(text), text, cancellationToken);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Chat command {Command} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string command, string reason);
}
