using Microsoft.Extensions.Logging;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Cards.RosterChecks;
using PlanBot.Teams.RosterChecks;

namespace PlanBot.Teams.Handlers;

/// <summary>
/// 「名簿確認」 (or 「名簿チェック」) from an administrator, in their 1:1 chat or a team channel: checks the roster against the
/// members of every team PlanBot is installed in and answers with the roster check card. Anyone else is refused before
/// anything is read.
/// </summary>
internal sealed class RosterCheckCommand(QuestionService people, RosterCheckService checks, ILogger<RosterCheckCommand> logger)
{
    public const string Command = "名簿確認";

    public const string Alias = "名簿チェック";

    /// <summary>The card to answer with when the text is the command (the check, or a refusal); null when it is not the command.</summary>
    public async Task<AdaptiveCard?> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MessageText.CommandOf(text) is not (Command or Alias))
        {
            return null;
        }

        var from = turn.Activity.From;
        var asker = await people.FindAskerAsync(from?.AadObjectId, from?.GetEmail(), cancellationToken).ConfigureAwait(false);
        if (asker is not { Role: PersonRole.Admin })
        {
            RosterCheckLog.Refused(logger, Command, asker is null ? "not on the roster" : "not an admin");
            return NoticeCard.Build(ChatTexts.RosterCheckAdminsOnly);
        }

        return RosterCheckCard.Build(await checks.CheckAsync(null, cancellationToken).ConfigureAwait(false));
    }
}
