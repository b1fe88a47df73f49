using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Welcome;

/// <summary>Greets where PlanBot is installed: the personal welcome in a 1:1 chat, the team welcome in a team.</summary>
internal sealed class WelcomeHandler(ChatReplies replies)
{
    public Task SendAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return replies.SendCardAsync(turn, CardFor(turn.Activity), WelcomeTexts.Summary, cancellationToken);
    }

    private static AdaptiveCard CardFor(Activity activity) =>
        activity.GetTeamsChannelData()?.Team is not null || activity.Conversation?.ConversationType == "channel"
            ? TeamWelcomeCard.Build()
            : PersonalWelcomeCard.Build(activity.Conversation?.ConversationType == "personal" ? activity.From?.Name : null);
}
