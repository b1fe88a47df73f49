using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// One quarter's round of reminders: who was asked about what, which cards went out, which items are answered, and
/// which stages have run. A quarter has at most one cycle, and each stage runs once, so a re-fired job or a second
/// manual run finds the work done; what was decided but not yet delivered (after a crash) is in
/// <see cref="PendingCards"/> and <see cref="PendingFollowUps"/>.
/// </summary>
/// <remarks>
/// An item counts as answered once any of its owners answers it, so co-owners (a whole department) are not chased for
/// an item a colleague already reported. The store persists this state and rebuilds it with <see cref="Restore"/>.
/// </remarks>
public sealed class ReminderCycle
{
    private readonly List<CycleRecipient> _recipients;
    private readonly Dictionary<string, ItemAnswer> _answers;

    private ReminderCycle(
        FiscalQuarter quarter,
        ReminderCycleState state,
        DateTimeOffset openedAt,
        DateTimeOffset? closedAt,
        DateTimeOffset? followUpStartedAt,
        DateTimeOffset? managerNoticeIssuedAt,
        IEnumerable<CycleRecipient> recipients,
        IEnumerable<ItemAnswer> answers)
    {
        Quarter = quarter;
        State = state;
        OpenedAt = openedAt;
        ClosedAt = closedAt;
        FollowUpStartedAt = followUpStartedAt;
        ManagerNoticeIssuedAt = managerNoticeIssuedAt;
        _recipients = recipients.ToList();
        _answers = answers.ToDictionary(a => a.SubThemeKey, StringComparer.Ordinal);
        if (_recipients.DistinctBy(r => r.Owner.Email, EmailAddress.Comparer).Count() != _recipients.Count)
        {
            throw new ArgumentException("A cycle asks each owner once.", nameof(recipients));
        }
    }

    public FiscalQuarter Quarter { get; }

    public ReminderCycleState State { get; private set; }

    public DateTimeOffset OpenedAt { get; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? FollowUpStartedAt { get; private set; }

    public DateTimeOffset? ManagerNoticeIssuedAt { get; private set; }

    public IReadOnlyList<CycleRecipient> Recipients => _recipients;

    /// <summary>The latest answer per answered sub-theme.</summary>
    public IReadOnlyCollection<ItemAnswer> Answers => _answers.Values;

    /// <summary>Every sub-theme the cycle asks about.</summary>
    public IReadOnlySet<string> SubThemeKeys => _recipients.SelectMany(r => r.SubThemeKeys).ToHashSet(StringComparer.Ordinal);

    /// <summary>Owners whose card has not been delivered yet: to send now, or to resume after a crash.</summary>
    public IReadOnlyList<CycleRecipient> PendingCards => State == ReminderCycleState.Open ? _recipients.Where(r => r.Card is null).ToArray() : [];

    /// <summary>Owners the follow-up chose whose follow-up is not yet delivered and who still have unanswered items.</summary>
    public IReadOnlyList<UnansweredOwner> PendingFollowUps => State == ReminderCycleState.Open
        ? _recipients.Where(r => r.FollowUpDue && r.FollowUpCard is null).Select(Unanswered).Where(u => u.SubThemeKeys.Count > 0).ToArray()
        : [];

    /// <summary>Owners with at least one item nobody has answered, in the order they were asked.</summary>
    public IReadOnlyList<UnansweredOwner> UnansweredOwners =>
        _recipients.Select(Unanswered).Where(u => u.SubThemeKeys.Count > 0).ToArray();

    /// <summary>
    /// Opens the quarter's cycle when its first reminder fires, unless it already has one (whatever its state: a cycle
    /// is sent once) or the plan asks nothing.
    /// </summary>
    public static ReminderCycleOpening Open(ReminderCycle? existing, ReminderPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (existing is not null)
        {
            if (existing.Quarter != plan.Quarter)
            {
                throw new ArgumentException($"The existing cycle is for {existing.Quarter}, the plan for {plan.Quarter}.", nameof(existing));
            }

            return new ReminderCycleOpening(ReminderCycleOpeningOutcome.AlreadyOpened, existing);
        }

        if (!plan.HasSomethingToAsk)
        {
            return new ReminderCycleOpening(ReminderCycleOpeningOutcome.NothingToAsk, null);
        }

        var recipients = plan.Owners.Select(o => new CycleRecipient(o.Owner, o.Items.Select(i => i.SubThemeKey).ToArray()));
        return new ReminderCycleOpening(
            ReminderCycleOpeningOutcome.Opened,
            new ReminderCycle(plan.Quarter, ReminderCycleState.Open, now, null, null, null, recipients, []));
    }

    /// <summary>Rebuilds a stored cycle.</summary>
    public static ReminderCycle Restore(
        FiscalQuarter quarter,
        ReminderCycleState state,
        DateTimeOffset openedAt,
        DateTimeOffset? closedAt,
        DateTimeOffset? followUpStartedAt,
        DateTimeOffset? managerNoticeIssuedAt,
        IEnumerable<CycleRecipient> recipients,
        IEnumerable<ItemAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(answers);
        return new(quarter, state, openedAt, closedAt, followUpStartedAt, managerNoticeIssuedAt, recipients, answers);
    }

    public CycleRecipient? RecipientFor(string email) =>
        _recipients.FirstOrDefault(r => EmailAddress.Comparer.Equals(r.Owner.Email, email));

    /// <summary>True when the person was asked about the sub-theme in this cycle.</summary>
    public bool IsOwnerOf(string email, string subThemeKey) =>
        RecipientFor(email)?.SubThemeKeys.Contains(subThemeKey, StringComparer.Ordinal) ?? false;

    public bool IsAnswered(string subThemeKey) => _answers.ContainsKey(subThemeKey);

    /// <summary>Records where an owner's card went, so later answers can update it in place.</summary>
    public void RecordCardSent(string email, CardDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        Replace(email, r => r with { Card = delivery });
    }

    /// <summary>Records where an owner's follow-up went.</summary>
    public void RecordFollowUpSent(string email, CardDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        Replace(email, r => r.FollowUpDue ? r with { FollowUpCard = delivery } : throw new InvalidOperationException($"No follow-up is due to '{email}'."));
    }

    /// <summary>
    /// Marks the submission's items answered. Idempotent: a redelivered or older submission changes nothing an
    /// equal or newer one already recorded.
    /// </summary>
    /// <exception cref="InvalidOperationException">The cycle is closed, or the submission is for another quarter or from a non-owner (validate first).</exception>
    public void RecordAnswers(ProgressSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (State == ReminderCycleState.Closed)
        {
            throw new InvalidOperationException($"The {Quarter} cycle is closed.");
        }

        if (submission.Quarter != Quarter)
        {
            throw new InvalidOperationException($"A submission for {submission.Quarter} cannot be recorded in the {Quarter} cycle.");
        }

        var notOwned = submission.Reports.FirstOrDefault(r => !IsOwnerOf(submission.ReporterEmail, r.SubThemeKey));
        if (notOwned is not null)
        {
            throw new InvalidOperationException($"'{submission.ReporterEmail}' was not asked about {notOwned.SubThemeKey} in {Quarter}.");
        }

        foreach (var report in submission.Reports)
        {
            if (_answers.TryGetValue(report.SubThemeKey, out var current) && current.AnsweredAt > submission.SubmittedAt)
            {
                continue;
            }

            _answers[report.SubThemeKey] = new ItemAnswer(report.SubThemeKey, submission.ReporterEmail, submission.Id, submission.SubmittedAt);
        }
    }

    /// <summary>
    /// Starts the follow-up stage: every owner with an item nobody has answered becomes due a follow-up. Runs once;
    /// returns false (and changes nothing) when it already ran or the cycle is closed.
    /// </summary>
    public bool StartFollowUp(DateTimeOffset now)
    {
        if (State == ReminderCycleState.Closed || FollowUpStartedAt is not null)
        {
            return false;
        }

        FollowUpStartedAt = now;
        for (var i = 0; i < _recipients.Count; i++)
        {
            if (Unanswered(_recipients[i]).SubThemeKeys.Count > 0)
            {
                _recipients[i] = _recipients[i] with { FollowUpDue = true };
            }
        }

        return true;
    }

    /// <summary>
    /// Issues the manager notice: who still has not answered, by department. Runs once; null when it already ran or
    /// the cycle is closed. Send it to <see cref="PersonDirectory.Managers"/>.
    /// </summary>
    public ManagerNotice? IssueManagerNotice(DateTimeOffset now)
    {
        if (State == ReminderCycleState.Closed || ManagerNoticeIssuedAt is not null)
        {
            return null;
        }

        ManagerNoticeIssuedAt = now;
        var departments = UnansweredOwners
            .GroupBy(u => u.Owner.Department)
            .Select(g => new DepartmentUnanswered(g.Key, g.ToArray()))
            .ToArray();
        return new ManagerNotice(Quarter, departments);
    }

    /// <summary>Closes the cycle: no answer is accepted and no stage runs any more. Closing twice keeps the first time.</summary>
    public void Close(DateTimeOffset now)
    {
        if (State == ReminderCycleState.Closed)
        {
            return;
        }

        State = ReminderCycleState.Closed;
        ClosedAt = now;
    }

    private UnansweredOwner Unanswered(CycleRecipient recipient) =>
        new(recipient.Owner, recipient.SubThemeKeys.Where(k => !_answers.ContainsKey(k)).ToArray());

    private void Replace(string email, Func<CycleRecipient, CycleRecipient> change)
    {
        var index = _recipients.FindIndex(r => EmailAddress.Comparer.Equals(r.Owner.Email, email));
        if (index < 0)
        {
            throw new InvalidOperationException($"'{email}' is not asked in the {Quarter} cycle.");
        }

        _recipients[index] = change(_recipients[index]);
    }
}
