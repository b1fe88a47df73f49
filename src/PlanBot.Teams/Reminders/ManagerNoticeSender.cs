using System.Text.Json;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// Delivers the manager notice: who still has not answered, by department, read from the cycle at send time, to the
/// manager's 1:1 chat.
/// </summary>
public sealed class ManagerNoticeSender(IRosterStore roster, IReminderCycleStore cycles, PersonalDelivery delivery) : IOutboxMessageSender
{
    public IReadOnlyCollection<string> Kinds { get; } = [OutboxKinds.ManagerNotice];

    public async Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ManagerNoticePayload payload;
        try
        {
            payload = ManagerNoticePayload.FromJson(message.Payload);
        }
        catch (JsonException e)
        {
            return OutboxSendResult.GiveUp($"The payload is not a manager notice: {e.Message}");
        }

        if (!FiscalQuarter.TryParse(payload.Quarter, out var quarter)
            || await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is not { } cycle)
        {
            return OutboxSendResult.GiveUp($"The {payload.Quarter} cycle is missing.");
        }

        if ((await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People.FindByEmail(payload.Email) is not { } manager)
        {
            return OutboxSendResult.GiveUp($"{payload.Email} is no longer on the roster.");
        }

        var notice = new ManagerNotice(
            quarter,
            [.. cycle.UnansweredOwners.GroupBy(u => u.Owner.Department).Select(g => new DepartmentUnanswered(g.Key, [.. g]))]);
        var card = ManagerNoticeCard.Build(notice);
        var (result, _) = await delivery.SendAsync(
            manager,
            _ => CardMessage.Of(card, card.FallbackText),
            message.IdempotencyKey,
            cancellationToken).ConfigureAwait(false);
        return result;
    }
}
