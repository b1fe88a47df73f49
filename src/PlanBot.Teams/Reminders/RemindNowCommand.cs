using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// 「リマインド送信」 or 「リマインド送信 2026Q3」 (admins): runs the quarter's reminder now (the current quarter, JST, when
/// none is named), exactly as the schedule would, and says what was queued. A second run queues nothing new.
/// </summary>
internal sealed class RemindNowCommand(ReminderDispatcher dispatcher, ChatReplies replies, TimeProvider clock) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = await RunAsync(request.Argument, cancellationToken).ConfigureAwait(false);
        await replies.SendCardAsync(request.Turn, NoticeCard.Build(reply), reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> RunAsync(string named, CancellationToken cancellationToken)
    {
        FiscalQuarter quarter;
        if (named.Length == 0)
        {
            quarter = FiscalQuarter.Of(JapanTime.Today(clock));
        }
        else if (!FiscalQuarter.TryParse(named, out quarter))
        {
            return RemindNowTexts.BadQuarter(named);
        }

        var dispatch = await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken).ConfigureAwait(false);
        return dispatch switch
        {
            null => ChatTexts.NoPlan,
            { Outcome: ReminderCycleOpeningOutcome.NothingToAsk } => RemindNowTexts.NothingToAsk(quarter),
            _ => RemindNowTexts.Queued(quarter, dispatch.Enqueued.Select(e => e.Recipient.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                dispatch.Enqueued.Count, dispatch.AlreadyQueued),
        };
    }
}
