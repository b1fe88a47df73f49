using PlanBot.Domain.People;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Help;

/// <summary>「ヘルプ」 (and an empty message): the help card, with the admin commands for admins.</summary>
internal sealed class HelpCommand(ChatReplies replies) : IChatCommandHandler
{
    public Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = HelpCard.Build(showAdminCommands: request.Asker?.Role == PersonRole.Admin);
        return replies.SendCardAsync(request.Turn, card, HelpTexts.Summary, cancellationToken);
    }
}
