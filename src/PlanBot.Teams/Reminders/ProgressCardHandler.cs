using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Domain;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Snapshots;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Diagnostics;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// Answers what a reminder card sends back (submit or refresh) with the card to show in its place: the recorded card
/// when a submission is stored, the same card with the user's entries and the errors beside them when it is rejected
/// (nothing stored), the closed card once the cycle is closed, and null for data it cannot read as a reminder card's (then
/// the card shown stays as it is). It never throws for what a user sent. Every card is drawn by the
/// <see cref="ReminderCardComposer"/> that draws the proactive one, so a card looks the same sent, refreshed or answered.
/// </summary>
/// <remarks>
/// A card's <c>cycleId</c> is its quarter ("2026Q3") and its <c>cardId</c> is the key of the outbox message that sent it
/// ("2026Q3:reminder:alice@example.com:2"). A submission carries every input of its card, so its items are exactly those
/// it sent back; a refresh carries none, so its items are those the card was sent with.
/// </remarks>
internal sealed partial class ProgressCardHandler(
    PlanSnapshots snapshots,
    IProgressStore progress,
    IReminderCycleStore cycles,
    IOutbox outbox,
    ReminderCardComposer composer,
    TimeProvider clock,
    TeamsMetrics metrics,
    ILogger<ProgressCardHandler> logger)
{
    /// <param name="submission">What the card sent.</param>
    /// <param name="sender">Who pressed the button: the activity's <c>from</c>, with the e-mail Teams adds when it does.</param>
    /// <param name="activityId">The activity's id: a redelivery carries the same one, so it keys the submission.</param>
    /// <remarks>
    /// Reads only what the card shows, whatever the size of the cycle or the history: the plan and roster from the
    /// shared snapshot, the sender's slice of the cycle, the latest reports of the card's items, and the card's outbox
    /// message; the submission is one short write, and the card shown back is drawn from what was just written.
    /// </remarks>
    public async Task<AdaptiveCard?> RespondAsync(
        ProgressCardSubmission submission,
        ProgressCardSender sender,
        string? activityId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(sender);
        var isSubmit = submission.Verb == ReminderCardVerbs.SubmitProgress;
        void Answered(string outcome)
        {
            if (isSubmit)
            {
                metrics.Answer(outcome);
            }
        }

        if ((!isSubmit && submission.Verb != ReminderCardVerbs.RefreshProgress) || !FiscalQuarter.TryParse(submission.CycleId, out var quarter))
        {
            metrics.Answer(TeamsMetrics.AnswerOutcomes.Unreadable);
            LogUnreadable(logger, submission.Verb, submission.CycleId);
            return null;
        }

        var snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Plan is not { } plan)
        {
            Answered(TeamsMetrics.AnswerOutcomes.NoCycle);
            LogRejected(logger, quarter, "no plan");
            return NoticeCard.Build(ProgressCardTexts.UnknownCycle);
        }

        var people = snapshot.Roster.People;
        var person = people.Match(sender.AadObjectId, sender.Email);
        var cycle = await cycles.LoadForOwnerAsync(quarter, person?.Email ?? string.Empty, cancellationToken).ConfigureAwait(false);
        var sent = await SentCardAsync(submission.CardId, person, cancellationToken).ConfigureAwait(false);
        var keys = KeysOnCard(new ReminderCardSource(plan, [], people), submission, sent, cycle, person);
        var reports = await progress.ListForCardAsync(keys, quarter, cancellationToken).ConfigureAwait(false);
        var source = new ReminderCardSource(plan, reports, people);
        var request = new ReminderCardRequest(quarter, submission.CardId, person?.Name ?? sender.Name ?? string.Empty, keys)
        {
            Part = sent is { PartCount: > 1 } ? new ReminderCardPart(sent.Part, sent.PartCount) : null,
            RefreshUserId = person is null ? null : sender.UserId,
        };
        var shown = composer.Compose(source, request, cycle);

        if (person is null || cycle is null)
        {
            Answered(person is null ? TeamsMetrics.AnswerOutcomes.NotOnRoster : TeamsMetrics.AnswerOutcomes.NoCycle);
            LogRejected(logger, quarter, person is null ? "not on roster" : "no cycle");
            return ReminderCard.Build(shown with
            {
                Entries = submission.Entries,
                Errors = person is null ? [.. shown.Items.Select(i => new AnswerError(i.SubThemeKey, AnswerProblem.NotAnOwner))] : [],
                Notices = [person is null ? ProgressCardTexts.NotOnRoster : ProgressCardTexts.UnknownCycle],
            });
        }

        if (cycle.State == ReminderCycleState.Closed)
        {
            Answered(TeamsMetrics.AnswerOutcomes.Closed);
            LogRejected(logger, quarter, "closed");
            return ReminderCard.Build(isSubmit ? shown with { Entries = submission.Entries, Errors = [new AnswerError(null, AnswerProblem.CycleClosed)] } : shown);
        }

        if (!isSubmit)
        {
            return ReminderCard.Build(shown);
        }

        var submittedAt = clock.GetUtcNow();
        var id = string.IsNullOrWhiteSpace(activityId) || activityId.Length > SubmissionId.MaxLength ? SubmissionId.New() : new SubmissionId(activityId);
        var answers = submission.Entries.Select(e => new ProgressAnswer(e.SubThemeKey, e.Status, e.Percent, e.Comment)).ToArray();
        var validation = ProgressAnswerValidator.Validate(person, cycle, id, answers, submittedAt);
        if (!validation.IsValid && validation.Errors.Any(e => e.Problem is AnswerProblem.NotAsked or AnswerProblem.NotAnOwner))
        {
            // The slice holds only this person's items, so an item of someone else's card reads as not theirs; the whole
            // cycle (rarely needed) tells an item asked of another owner from one never asked.
            var whole = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false) ?? cycle;
            validation = ProgressAnswerValidator.Validate(person, whole, id, answers, submittedAt);
        }

        if (!validation.IsValid)
        {
            metrics.Answer(TeamsMetrics.AnswerOutcomes.Invalid);
            LogRejected(logger, quarter, string.Join(", ", validation.Errors.Select(e => $"{e.SubThemeKey}:{e.Problem}")));
            return ReminderCard.Build(shown with { Entries = submission.Entries, Errors = validation.Errors });
        }

        var accepted = validation.Submission! with { CardId = submission.CardId.Length is > 0 and <= OutboxEntry.MaxKeyLength ? submission.CardId : null };
        cycle.RecordAnswers(accepted);
        bool isNew;
        try
        {
            isNew = await cycles.RecordSubmissionAsync(accepted, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreWriteException e)
        {
            // Nothing was stored: the user keeps what they entered, and is told so, to send it again later.
            metrics.Answer(TeamsMetrics.AnswerOutcomes.NotRecorded);
            LogNotRecorded(logger, quarter, accepted.Id.Value, e);
            return ReminderCard.Build(shown with { Entries = submission.Entries, Notices = [ProgressCardTexts.NotRecorded] });
        }

        metrics.Answer(isNew ? TeamsMetrics.AnswerOutcomes.Recorded : TeamsMetrics.AnswerOutcomes.Duplicate);

        LogRecorded(logger, quarter, accepted.Id.Value, accepted.Reports.Count, isNew);
        if (isNew)
        {
            return ReminderCard.Build(composer.Compose(new ReminderCardSource(plan, [.. reports, .. accepted.Reports], people), request, cycle));
        }

        // A redelivery or a double click: shown as the store has it, so it shows what the first delivery recorded.
        var stored = await progress.ListForCardAsync(keys, quarter, cancellationToken).ConfigureAwait(false);
        var current = await cycles.LoadForOwnerAsync(quarter, person.Email, cancellationToken).ConfigureAwait(false) ?? cycle;
        return ReminderCard.Build(composer.Compose(new ReminderCardSource(plan, stored, people), request, current));
    }

    /// <summary>
    /// What the card was sent with: its outbox message, when the card id names one sent to this person. A card id is the
    /// user's to send, so another owner's key reads as no card at all.
    /// </summary>
    private async Task<ReminderCardPayload?> SentCardAsync(string cardId, Person? person, CancellationToken cancellationToken)
    {
        if (person is null || cardId.Length is 0 or > OutboxEntry.MaxKeyLength
            || await outbox.FindAsync(cardId, cancellationToken).ConfigureAwait(false) is not { Kind: OutboxKinds.ReminderCard or OutboxKinds.FollowUp } message)
        {
            return null;
        }

        try
        {
            var payload = ReminderCardPayload.FromJson(message.Payload);
            return string.Equals(payload.Email, person.Email, StringComparison.OrdinalIgnoreCase) && payload.Part >= 1 && payload.Part <= payload.PartCount
                ? payload
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The sub-themes the card sent back; for a refresh, those it was sent with, else (no such message) the person's first
    /// card in the cycle. At most a card's worth, in plan order.
    /// </summary>
    private static IReadOnlyList<string> KeysOnCard(
        ReminderCardSource source, ProgressCardSubmission submission, ReminderCardPayload? sent, ReminderCycle? cycle, Person? person)
    {
        IEnumerable<string> keys = submission.Entries.Count > 0
            ? submission.Entries.Select(e => e.SubThemeKey)
            : sent?.SubThemeKeys
                ?? (person is not null && cycle?.RecipientFor(person.Email) is { } recipient
                    ? ReminderCardParts.Split(source.Plan, recipient.SubThemeKeys).FirstOrDefault() ?? []
                    : []);
        return [.. source.InPlanOrder(keys).Take(ReminderCard.MaxItemsPerCard)];
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Reminder card data not readable: verb {Verb}, cycle {CycleId}")]
    private static partial void LogUnreadable(ILogger logger, string verb, string cycleId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Reminder card for {Quarter} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, FiscalQuarter quarter, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Reminder card for {Quarter} not recorded (the store could not write): submission {SubmissionId}")]
    private static partial void LogNotRecorded(ILogger logger, FiscalQuarter quarter, string submissionId, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Reminder card for {Quarter} recorded: submission {SubmissionId}, {Reports} reports, new {IsNew}")]
    private static partial void LogRecorded(ILogger logger, FiscalQuarter quarter, string submissionId, int reports, bool isNew);
}
