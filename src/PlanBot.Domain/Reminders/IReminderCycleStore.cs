using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// The reminder cycles: one per quarter, with who was asked what, where each card went, and the submissions answered.
/// The cycle's answers are rebuilt from its stored submissions, so a submission and the answers it records cannot disagree.
/// </summary>
public interface IReminderCycleStore
{
    /// <summary>The quarter's cycle rebuilt with <see cref="ReminderCycle.Restore"/>, or null when it has none.</summary>
    Task<ReminderCycle?> LoadAsync(FiscalQuarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// The quarter's cycle as one owner's card sees it: its state and stamps, that owner as its only recipient (none when
    /// the cycle did not ask them) and the answers of that owner's items. What a card answer needs, read by indexed
    /// queries whatever the size of the cycle. Null when the quarter has no cycle.
    /// </summary>
    Task<ReminderCycle?> LoadForOwnerAsync(FiscalQuarter quarter, string email, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the cycle's state, stage stamps and recipients (with the sub-themes each was asked about and whether a
    /// follow-up is due). A <see cref="CycleRecipient.Card"/> or <see cref="CycleRecipient.FollowUpCard"/> set in memory
    /// and not yet stored is stored as a one-part delivery. Answers are stored only by <see cref="RecordSubmissionAsync"/>.
    /// </summary>
    /// <exception cref="CycleOpenedElsewhereException">
    /// The quarter already has a cycle opened at another instant: two openings raced, and the one stored first stands.
    /// Load it and carry on with that one.
    /// </exception>
    Task SaveAsync(ReminderCycle cycle, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the cycle as <see cref="SaveAsync(ReminderCycle, CancellationToken)"/> does and, in the same transaction,
    /// queues the outbox messages it decided (those whose keys are not queued yet): a crash leaves either the cycle with
    /// every one of its messages, or neither.
    /// </summary>
    /// <returns>The keys queued now.</returns>
    /// <exception cref="CycleOpenedElsewhereException">As for <see cref="SaveAsync(ReminderCycle, CancellationToken)"/>; nothing is stored.</exception>
    Task<IReadOnlySet<string>> SaveAsync(ReminderCycle cycle, IReadOnlyList<OutboxEntry> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Records that one part of an owner's card was delivered. The owner's <see cref="CycleRecipient.Card"/> (or
    /// <see cref="CycleRecipient.FollowUpCard"/>) reads as delivered, with part 1's delivery, once every part is.
    /// Recording a part again keeps the first delivery.
    /// </summary>
    /// <returns>False when that part was already recorded.</returns>
    Task<bool> RecordCardDeliveryAsync(FiscalQuarter quarter, string email, CardDeliveryPart part, CardDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Every delivered card part of the quarter's cycle, by owner, in part order.</summary>
    Task<IReadOnlyList<RecordedCardDelivery>> ListCardDeliveriesAsync(FiscalQuarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a validated submission (check it with <see cref="ReminderCycle.RecordAnswers"/> first: the store does not
    /// check owners or a closed cycle) and its reports in one transaction (the reports join the progress history).
    /// Idempotent by <see cref="ProgressSubmission.Id"/>: the same submission delivered twice is stored once.
    /// </summary>
    /// An identical submission from the same card and person within <see cref="ProgressSubmission.RepeatWindow"/> of the
    /// last one (a double click) is not stored again either.
    /// <returns>False when a submission with that id, or a repeat of the last one, was already stored (nothing is written).</returns>
    /// <exception cref="InvalidOperationException">The quarter has no cycle.</exception>
    /// <exception cref="ArgumentException">
    /// A report names a sub-theme key the plan does not have, or is not for the submission's quarter and instant (as
    /// <see cref="ProgressAnswerValidator"/> makes them).
    /// </exception>
    /// <exception cref="StoreWriteException">The store could not write (e.g. the disk is full): nothing was stored.</exception>
    Task<bool> RecordSubmissionAsync(ProgressSubmission submission, CancellationToken cancellationToken);
}
