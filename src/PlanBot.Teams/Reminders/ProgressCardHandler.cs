using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
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
    IRosterStore roster,
    IPlanStore plans,
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

        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var plan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            Answered(TeamsMetrics.AnswerOutcomes.NoCycle);
            LogRejected(logger, quarter, "no plan");
            return NoticeCard.Build(ProgressCardTexts.UnknownCycle);
        }

        var cycle = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        var person = stored.People.Match(sender.AadObjectId, sender.Email);
        var sent = await SentCardAsync(submission.CardId, person, cancellationToken).ConfigureAwait(false);
        var source = new ReminderCardSource(plan, await progress.ListAllAsync(cancellationToken).ConfigureAwait(false), stored.People);
        var request = new ReminderCardRequest(quarter, submission.CardId, person?.Name ?? sender.Name ?? string.Empty, KeysOnCard(source, submission, sent, cycle, person))
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
        catch (Exception e) when (e is not (OperationCanceledException or ArgumentException or InvalidOperationException))
        {
            // The store refused the write (a full disk, a lost database): say so on the card and keep what they entered.
            metrics.Answer(TeamsMetrics.AnswerOutcomes.NotSaved);
            LogNotSaved(logger, quarter, accepted.Id.Value, e);
            return ReminderCard.Build(shown with { Entries = submission.Entries, Errors = [new AnswerError(null, AnswerProblem.NotSaved)] });
        }

        metrics.Answer(isNew ? TeamsMetrics.AnswerOutcomes.Recorded : TeamsMetrics.AnswerOutcomes.Duplicate);
        LogRecorded(logger, quarter, accepted.Id.Value, accepted.Reports.Count, isNew);

        // Drawn from the store again, so a redelivery shows what the first delivery recorded.
        var recorded = new ReminderCardSource(plan, await progress.ListAllAsync(cancellationToken).ConfigureAwait(false), stored.People);
        var current = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false) ?? cycle;
        return ReminderCard.Build(composer.Compose(recorded, request, current));
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

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Reminder card for {Quarter} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, FiscalQuarter quarter, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Reminder card for {Quarter} recorded: submission {SubmissionId}, {Reports} reports, new {IsNew}")]
    private static partial void LogRecorded(ILogger logger, FiscalQuarter quarter, string submissionId, int reports, bool isNew);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Reminder card for {Quarter} not recorded: the store refused submission {SubmissionId}; the user was told and keeps their entries")]
    private static partial void LogNotSaved(ILogger logger, FiscalQuarter quarter, string submissionId, Exception exception);
}
