using PlanBot.Teams.Chat;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// 「名簿確認」 (or 「名簿チェック」), admins only, in their 1:1 chat or a team channel: checks the roster against the
/// members of every team PlanBot is installed in and answers with the roster check card.
/// </summary>
internal sealed class RosterCheckCommand(RosterCheckService checks, ChatReplies replies) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = RosterCheckCard.Build(await checks.CheckAsync(null, cancellationToken).ConfigureAwait(false));
        await replies.SendCardAsync(request.Turn, card, RosterCheckCardTexts.Summary, cancellationToken).ConfigureAwait(false);
    }
}
