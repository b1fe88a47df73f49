using System.Globalization;
using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Cards.Reminders;

namespace PlanBot.Teams.Handlers;

/// <summary>
/// Answers what a reminder card sends back (submit or refresh) with the card to show in its place: the recorded card
/// when a submission is stored, the same card with the user's entries and the errors beside them when it is rejected
/// (nothing stored), the closed card once the cycle is closed, and null for data it cannot read as a reminder card's (then
/// the card shown stays as it is). It never throws for what a user sent.
/// </summary>
/// <remarks>
/// A card's <c>cycleId</c> is its quarter ("2026Q3") and its <c>cardId</c> ends with the card part number
/// ("2026Q3:reminder:alice@example.com:2", as the outbox key is written). A submission carries every input of its card,
/// so its items are exactly those it sent back; a refresh carries none, so its items are the owner's card part.
/// </remarks>
internal sealed partial class ProgressCardHandler(
    IRosterStore roster,
    IPlanStore plans,
    IProgressStore progress,
    IReminderCycleStore cycles,
    ReminderSchedule schedule,
    BusinessCalendar calendar,
    TimeProvider clock,
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
        var isSubmit = submission.Verb == CardVerbs.SubmitProgress;
        if ((!isSubmit && submission.Verb != CardVerbs.RefreshProgress) || !FiscalQuarter.TryParse(submission.CycleId, out var quarter))
        {
            LogUnreadable(logger, submission.Verb, submission.CycleId);
            return null;
        }

        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var plan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            LogRejected(logger, quarter, "no plan");
            return NoticeCard.Build(ProgressCardTexts.UnknownCycle);
        }

        var cycle = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        var person = stored.People.Match(sender.AadObjectId, sender.Email);
        var deadline = Deadline(quarter);
        var view = new CardView(plan, quarter, deadline, stored.People, await progress.ListAllAsync(cancellationToken).ConfigureAwait(false));
        var keys = view.KeysOnCard(cycle, person, submission);
        var name = person?.Name ?? sender.Name ?? string.Empty;
        var baseModel = view.Model(name, submission, keys, cycle, person, person is null ? null : sender.UserId);

        if (person is null || cycle is null)
        {
            LogRejected(logger, quarter, person is null ? "not on roster" : "no cycle");
            return WithNotices(
                ReminderCard.Build(baseModel with
                {
                    Entries = submission.Entries,
                    Errors = person is null ? keys.Select(k => new ProgressInputError(k, null, ProgressInputProblem.NotAnOwner)).ToArray() : [],
                }),
                [person is null ? ProgressCardTexts.NotOnRoster : ProgressCardTexts.UnknownCycle]);
        }

        if (cycle.State == ReminderCycleState.Closed)
        {
            LogRejected(logger, quarter, "closed");
            return ReminderCard.Build(baseModel with { IsClosed = true });
        }

        if (!isSubmit)
        {
            return ReminderCard.Build(baseModel);
        }

        var submittedAt = clock.GetUtcNow();
        var id = string.IsNullOrWhiteSpace(activityId) || activityId.Length > SubmissionId.MaxLength ? SubmissionId.New() : new SubmissionId(activityId);
        var answers = submission.Entries.Select(e => new ProgressAnswer(e.SubThemeKey, e.Status, e.Percent, e.Comment)).ToArray();
        var validation = ProgressAnswerValidator.Validate(person, cycle, id, answers, submittedAt);
        var (inputErrors, notices) = ProgressCardErrors.ToCard(validation.Errors, submission.Entries, keys.ToHashSet(StringComparer.Ordinal));
        inputErrors = [.. inputErrors, .. ProgressCardErrors.CommentsTooLongForCard(submission.Entries)];
        if (!validation.IsValid || inputErrors.Count > 0)
        {
            LogRejected(logger, quarter, string.Join(", ", validation.Errors.Select(e => $"{e.SubThemeKey}:{e.Field}").Concat(inputErrors.Select(e => $"{e.SubThemeKey}:{e.Problem}"))));
            return WithNotices(ReminderCard.Build(baseModel with { Entries = submission.Entries, Errors = inputErrors }), notices);
        }

        var accepted = validation.Submission!;
        cycle.RecordAnswers(accepted);
        var isNew = await cycles.RecordSubmissionAsync(accepted, cancellationToken).ConfigureAwait(false);
        LogRecorded(logger, quarter, accepted.Id.Value, accepted.Reports.Count, isNew);

        // Drawn from the store again, so a redelivery shows what the first delivery recorded.
        var recorded = new CardView(plan, quarter, deadline, stored.People, await progress.ListAllAsync(cancellationToken).ConfigureAwait(false));
        var current = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false) ?? cycle;
        return ReminderCard.Build(recorded.Model(name, submission, keys, current, person, sender.UserId));
    }

    /// <summary>The last day answers are asked for, as the reminder card states it: the business day before the follow-up.</summary>
    private DateOnly Deadline(FiscalQuarter quarter) =>
        calendar.AddBusinessDays(schedule.DateOf(quarter, ReminderScheduleStage.FollowUp), -1);

    /// <summary>Card-wide messages go under the title, where the user looks first; the items and their inputs stay as they were.</summary>
    private static AdaptiveCard WithNotices(AdaptiveCard card, IReadOnlyList<string> notices)
    {
        if (notices.Count == 0)
        {
            return card;
        }

        var notice = new Container
        {
            Style = ContainerStyle.Attention,
            Items = [.. notices.Select(n => new TextBlock { Text = n, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder })],
        };
        return card with { Body = [card.Body[0], notice, .. card.Body.Skip(1)] };
    }

    /// <summary>The plan, roster and reports a card is drawn from.</summary>
    private sealed class CardView(ActionPlan plan, FiscalQuarter quarter, DateOnly deadline, PersonDirectory people, IReadOnlyList<ProgressReport> reports)
    {
        private readonly Dictionary<string, (Initiative Initiative, SubTheme SubTheme, int Order)> _subThemes = plan.Initiatives
            .SelectMany(i => i.SubThemes.Select(s => (Initiative: i, SubTheme: s)))
            .Select((x, order) => (x.Initiative, x.SubTheme, Order: order))
            .ToDictionary(x => x.SubTheme.Key, x => x, StringComparer.Ordinal);

        private readonly ReminderPeriods? _periods = ReminderPeriods.For(plan, quarter).Periods;

        /// <summary>The sub-themes the card sent back, else (a refresh) the person's card part in the cycle; in plan order.</summary>
        public IReadOnlyList<string> KeysOnCard(ReminderCycle? cycle, Person? person, ProgressCardSubmission submission)
        {
            IEnumerable<string> keys = submission.Entries.Count > 0
                ? submission.Entries.Select(e => e.SubThemeKey)
                : person is not null && cycle?.RecipientFor(person.Email) is { } recipient
                    ? PartKeys(recipient.SubThemeKeys, PartNumber(submission.CardId)).Keys
                    : [];

            return [.. keys.Distinct(StringComparer.Ordinal).Where(_subThemes.ContainsKey).OrderBy(k => _subThemes[k].Order).Take(ReminderCard.MaxItemsPerCard)];
        }

        public ReminderCardModel Model(
            string personName, ProgressCardSubmission submission, IReadOnlyList<string> keys, ReminderCycle? cycle, Person? person, string? refreshUserId)
        {
            var answers = cycle?.Answers.Where(a => keys.Contains(a.SubThemeKey, StringComparer.Ordinal)).MaxBy(a => a.AnsweredAt);
            var recipient = person is null ? null : cycle?.RecipientFor(person.Email);
            var part = recipient is null ? null : PartKeys(recipient.SubThemeKeys, PartNumber(submission.CardId)).Part;
            return new ReminderCardModel(personName, quarter, deadline, submission.CycleId, submission.CardId, [.. keys.Select(Item)])
            {
                Record = answers is null ? null : new ReminderCardRecord(NameOf(answers.ReporterEmail), answers.AnsweredAt),
                RefreshUserId = refreshUserId,
                Part = part,
            };
        }

        private (IReadOnlyList<string> Keys, ReminderCardPart? Part) PartKeys(IReadOnlyList<string> ownerKeys, int number)
        {
            var parts = ReminderCard.Partition([.. ownerKeys.Where(_subThemes.ContainsKey).OrderBy(k => _subThemes[k].Order).Select(Item)]);
            if (parts.Count == 0)
            {
                return ([], null);
            }

            var index = Math.Clamp(number, 1, parts.Count);
            return ([.. parts[index - 1].Select(i => i.SubThemeKey)], parts.Count > 1 ? new ReminderCardPart(index, parts.Count) : null);
        }

        private ReminderCardItem Item(string key)
        {
            var (initiative, subTheme, _) = _subThemes[key];
            var excerpts = new List<PlanExcerpt>();
            if (_periods is not null)
            {
                foreach (var period in new[] { _periods.Actions, _periods.Kgi })
                {
                    if (period is not null && subTheme.Cell(period)?.Items is { Count: > 0 } items)
                    {
                        excerpts.Add(new PlanExcerpt(period, [.. items.Select(i => i.ToString())]));
                    }
                }
            }

            var own = reports.Where(r => r.SubThemeKey == key).ToArray();
            var last = own.Where(r => r.Quarter < quarter).OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt).LastOrDefault();
            var current = own.Where(r => r.Quarter == quarter).MaxBy(r => r.ReportedAt);
            return new ReminderCardItem(key, initiative.Number, initiative.Title, subTheme.Label, excerpts)
            {
                LastReport = last is null ? null : Reported(last),
                CurrentAnswer = current is null ? null : Reported(current),
            };
        }

        private ReportedProgress Reported(ProgressReport report) =>
            new(report.Status, report.PercentComplete, report.Comment, report.Quarter, NameOf(report.ReporterEmail), report.ReportedAt);

        private string NameOf(string email) => people.FindByEmail(email)?.Name ?? email;

        /// <summary>The part number a card id ends with (":2"); 1 when it does not say.</summary>
        private static int PartNumber(string cardId)
        {
            var at = cardId.LastIndexOf(':');
            return at >= 0 && int.TryParse(cardId.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Reminder card data not readable: verb {Verb}, cycle {CycleId}")]
    private static partial void LogUnreadable(ILogger logger, string verb, string cycleId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Reminder card for {Quarter} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, FiscalQuarter quarter, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Reminder card for {Quarter} recorded: submission {SubmissionId}, {Reports} reports, new {IsNew}")]
    private static partial void LogRecorded(ILogger logger, FiscalQuarter quarter, string submissionId, int reports, bool isNew);
}
