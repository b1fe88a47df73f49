using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// 「リマインド送信」 or 「リマインド送信 2026Q3」 (admins): runs the quarter's reminder now (the current quarter, JST, when
/// none is named), exactly as the schedule would, and once the cards are queued says how many can reach their owners and who
/// cannot, and why. A second run queues nothing new.
/// </summary>
internal sealed class RemindNowCommand(ReminderDispatcher dispatcher, IConversationStore conversations, ChatReplies replies, TimeProvider clock) : IChatCommandHandler
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

        // Answered only once the cycle and its cards are committed: what this says has been done cannot be lost.
        var dispatch = await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken).ConfigureAwait(false);
        switch (dispatch)
        {
            case null:
                return ChatTexts.NoPlan;
            case { Outcome: ReminderCycleOpeningOutcome.NothingToAsk }:
                return RemindNowTexts.NothingToAsk(quarter);
            case { Enqueued.Count: 0 }:
                return RemindNowTexts.AlreadyQueued(quarter, dispatch.AlreadyQueued);
        }

        return RemindNowTexts.Queued(quarter, await DispatchReach.OfAsync(conversations, dispatch.Enqueued, cancellationToken).ConfigureAwait(false));
    }
}
