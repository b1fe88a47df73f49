using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// Delivers the roster check to an admin's 1:1 chat. The check is run when the message is sent, so the card shows
/// what is still wrong then (and the same as 「名簿確認」 would); when nothing is wrong any more, nothing is sent.
/// </summary>
public sealed class RosterCheckSender(IRosterStore roster, RosterCheckService checks, PersonalDelivery delivery, ILogger<RosterCheckSender> logger) : IOutboxMessageSender
{
    public IReadOnlyCollection<string> Kinds { get; } = [OutboxKinds.RosterCheck];

    public async Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        RosterCheckPayload payload;
        try
        {
            payload = RosterCheckPayload.FromJson(message.Payload);
        }
        catch (JsonException e)
        {
            return OutboxSendResult.GiveUp($"The payload is not a roster check: {e.Message}");
        }

        if (!FiscalQuarter.TryParse(payload.Quarter, out var quarter))
        {
            return OutboxSendResult.GiveUp($"The roster check names no quarter: '{payload.Quarter}'.");
        }

        if ((await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People.FindByEmail(payload.Email) is not { Role: PersonRole.Admin } admin)
        {
            return OutboxSendResult.GiveUp($"{payload.Email} is no longer an admin on the roster.");
        }

        var check = await checks.CheckAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (!check.HasFindings)
        {
            // Put right between the stage's decision and now: admins hear only when there is something to act on.
            RosterCheckLog.NoLongerNeeded(logger, message.IdempotencyKey);
            return OutboxSendResult.Sent(null);
        }

        var card = RosterCheckCard.Build(check);
        var (result, _) = await delivery.SendAsync(
            admin,
            _ => CardMessage.Of(card, RosterCheckCardTexts.Title),
            message.IdempotencyKey,
            cancellationToken).ConfigureAwait(false);
        return result;
    }
}
