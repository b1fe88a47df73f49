using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Questions;
using PlanBot.Teams.Reminders;

namespace PlanBot.Teams.Chat;

/// <summary>
/// The messages PlanBot carries out before it acknowledges them, so that a crash a moment after the 200 loses nothing
/// the user asked for: a progress card's answer sent as a message (the Action.Submit fallback), and a chat command whose
/// row says it <see cref="ChatCommand.ChangesState"/>. Read as <see cref="PlanBotActivityHandler"/> reads them, so the
/// two agree on what a message is. Questions and read-only commands are acknowledged at once.
/// </summary>
internal sealed class StateChangingMessages : IAcknowledgementPolicy
{
    public bool RunsBeforeAcknowledging(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        if (ProgressCardActions.IsProgressCard(activity.Value))
        {
            return true;
        }

        return QuestionHandler.SuggestedQuestion(activity.Value) is null
            && ChatCommands.Match(MessageText.Of(activity)) is { Command.ChangesState: true };
    }
}
