using System.Text.RegularExpressions;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Handlers;

/// <summary>
/// 「リマインド送信」 or 「リマインド送信 2026Q3」 from an administrator: runs the quarter's reminder now (the current quarter,
/// JST, when none is named), exactly as the schedule would, and says what was queued. A second run queues nothing new.
/// </summary>
internal sealed partial class RemindNowCommand(QuestionService people, ReminderDispatcher dispatcher, TimeProvider clock)
{
    /// <summary>Handles the text when it is the command; returns the reply to send, or null when it is not the command.</summary>
    public async Task<string?> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        var match = Command().Match(MessageText.CommandOf(text) ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var asker = await people.FindAskerAsync(turn.Activity.From?.AadObjectId, turn.Activity.From?.GetEmail(), cancellationToken).ConfigureAwait(false);
        if (asker is not { Role: PersonRole.Admin })
        {
            return ChatTexts.RemindAdminsOnly;
        }

        var named = match.Groups["quarter"].Value;
        FiscalQuarter quarter;
        if (named.Length == 0)
        {
            quarter = FiscalQuarter.Of(JapanTime.Today(clock));
        }
        else if (!FiscalQuarter.TryParse(named, out quarter))
        {
            return ChatTexts.RemindBadQuarter(named);
        }

        var dispatch = await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken).ConfigureAwait(false);
        return dispatch switch
        {
            null => ChatTexts.NoPlan,
            { Outcome: ReminderCycleOpeningOutcome.NothingToAsk } => ChatTexts.RemindNothingToAsk(quarter),
            _ => ChatTexts.RemindQueued(quarter, dispatch.Enqueued.Select(e => e.Recipient.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                dispatch.Enqueued.Count, dispatch.AlreadyQueued),
        };
    }

    [GeneratedRegex(@"^リマインド送信(?:\s+(?<quarter>\S+))?$")]
    private static partial Regex Command();
}
