using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// Delivers reminder cards and follow-ups: draws the card part from the stored cycle, plan and latest reports, sends it
/// to the owner's 1:1 chat, and records the delivery with Teams' activity id so an answer can update the card in place.
/// A follow-up is the same card with a short nudge as the message text.
/// </summary>
public sealed class ReminderCardSender(
    IPlanStore plans,
    IProgressStore progress,
    IRosterStore roster,
    IReminderCycleStore cycles,
    ReminderCardComposer composer,
    PersonalDelivery delivery,
    TimeProvider clock,
    ILogger<ReminderCardSender> logger) : IOutboxMessageSender
{
    private ReminderCardSource? _source;
    private PersonDirectory? _people;
    private readonly Dictionary<FiscalQuarter, ReminderCycle?> _cycles = [];

    public IReadOnlyCollection<string> Kinds { get; } = [OutboxKinds.ReminderCard, OutboxKinds.FollowUp];

    public async Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ReminderCardPayload payload;
        try
        {
            payload = ReminderCardPayload.FromJson(message.Payload);
        }
        catch (JsonException e)
        {
            return OutboxSendResult.GiveUp($"The payload is not a reminder card: {e.Message}");
        }

        if (!FiscalQuarter.TryParse(payload.Quarter, out var quarter))
        {
            return OutboxSendResult.GiveUp($"'{payload.Quarter}' is not a fiscal quarter.");
        }

        if (payload.Part < 1 || payload.Part > payload.PartCount)
        {
            return OutboxSendResult.GiveUp($"Card part {payload.Part} of {payload.PartCount} does not exist.");
        }

        // Once per pass, like the plan and reports below: loading the whole cycle for every card made a fan-out's cost grow
        // with the square of its owners (bench/README.md, "Reminder fan-out"). A pass is one batch, seconds long.
        if (!_cycles.TryGetValue(quarter, out var cycle))
        {
            cycle = _cycles[quarter] = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        }

        if (cycle is null || cycle.State == ReminderCycleState.Closed)
        {
            return OutboxSendResult.GiveUp($"The {quarter} cycle is {(cycle is null ? "missing" : "closed")}; its cards are no longer sent.");
        }

        if (cycle.RecipientFor(payload.Email) is not { } recipient)
        {
            return OutboxSendResult.GiveUp($"{payload.Email} is not asked in the {quarter} cycle.");
        }

        var isFollowUp = message.Kind == OutboxKinds.FollowUp;
        if (isFollowUp && payload.SubThemeKeys.All(cycle.IsAnswered))
        {
            // Answered (by them or a co-owner) between the follow-up's decision and now: nothing left to nudge about.
            ReminderLog.FollowUpNotNeeded(logger, message.IdempotencyKey);
            return OutboxSendResult.Sent(null);
        }

        // Read once per pass (this sender lives in the pass's scope): a fan-out's batch shares plan, roster and reports.
        if (_source is null)
        {
            if (await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false) is not { } plan)
            {
                return OutboxSendResult.Retry("The plan store holds no plan.");
            }

            _people = (await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People;
            _source = new ReminderCardSource(plan, await progress.ListAllAsync(cancellationToken).ConfigureAwait(false), _people);
        }

        var owner = _people!.FindByEmail(payload.Email) ?? recipient.Owner;
        var card = new ReminderCardRequest(quarter, payload.KeyFor(message.Kind), owner.Name, payload.SubThemeKeys)
        {
            Part = new ReminderCardPart(payload.Part, payload.PartCount),
        };
        var source = _source;
        var text = isFollowUp ? ProactiveTexts.FollowUpNudge(quarter) : null;
        var (result, conversation) = await delivery.SendAsync(
            owner,
            chat =>
            {
                var drawn = ReminderCard.Build(composer.Compose(source, card with { RefreshUserId = chat.UserId }, cycle));
                return CardMessage.Of(drawn, drawn.FallbackText, text);
            },
            message.IdempotencyKey,
            cancellationToken).ConfigureAwait(false);
        if (result.Outcome != OutboxSendOutcome.Sent || conversation is null)
        {
            return result;
        }

        if (result.ActivityId is { Length: > 0 } activityId)
        {
            var part = new CardDeliveryPart(isFollowUp ? CycleCardKind.FollowUp : CycleCardKind.Reminder, payload.Part, payload.PartCount);
            await cycles.RecordCardDeliveryAsync(quarter, payload.Email, part, new CardDelivery(conversation.ConversationId, activityId, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
