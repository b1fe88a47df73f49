using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlanBot.Domain.Outbox;
using PlanBot.Data.Rows;
using PlanBot.Domain;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Stores;

/// <summary>Reminder cycles in the plan store: the cycle row, its recipients with their items and card deliveries, and its submissions.</summary>
public sealed class ReminderCycleStore(IDbContextFactory<PlanDbContext> contextFactory, TimeProvider clock, SqliteWriteGate writeGate) : IReminderCycleStore
{
    private readonly ConcurrentDictionary<string, int> knownSubThemeIds = new(StringComparer.Ordinal);

    public async Task<ReminderCycle?> LoadAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var cycle = await db.ReminderCycles.AsNoTracking()
            .Include(c => c.Recipients).ThenInclude(r => r.Items)
            .Include(c => c.Recipients).ThenInclude(r => r.Deliveries)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.FiscalYear == quarter.FiscalYear && c.Quarter == quarter.Quarter, cancellationToken)
            .ConfigureAwait(false);
        if (cycle is null)
        {
            return null;
        }

        var answers = await AnswersAsync(db, cycle.Id, cancellationToken).ConfigureAwait(false);

        var recipients = cycle.Recipients.OrderBy(r => r.Ordinal).Select(ToRecipient);

        return ReminderCycle.Restore(
            new FiscalQuarter(cycle.FiscalYear, cycle.Quarter),
            cycle.State,
            Utc(cycle.OpenedAtUtc),
            UtcOrNull(cycle.ClosedAtUtc),
            UtcOrNull(cycle.FollowUpStartedAtUtc),
            UtcOrNull(cycle.ManagerNoticeIssuedAtUtc),
            recipients,
            answers);
    }

    public Task SaveAsync(ReminderCycle cycle, CancellationToken cancellationToken) =>
        SaveAsync(cycle, [], cancellationToken);

    public async Task<IReadOnlySet<string>> SaveAsync(ReminderCycle cycle, IReadOnlyList<OutboxEntry> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(messages);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var queued = await StoreAsync(db, cycle, messages, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return queued;
        }
        catch (Exception e) when (StoreErrors.IsUniqueViolation(e))
        {
            throw OpenedElsewhere(cycle.Quarter, e);
        }
    }

    /// <summary>
    /// The cycle's row and stamps through the change tracker; its new recipients (all of them when it opens), their
    /// items and the messages in bulk, since an opening stores thousands of each.
    /// </summary>
    private async Task<IReadOnlySet<string>> StoreAsync(PlanDbContext db, ReminderCycle cycle, IReadOnlyList<OutboxEntry> messages, CancellationToken cancellationToken)
    {
        var row = await db.ReminderCycles
            .SingleOrDefaultAsync(c => c.FiscalYear == cycle.Quarter.FiscalYear && c.Quarter == cycle.Quarter.Quarter, cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new ReminderCycleRow { FiscalYear = cycle.Quarter.FiscalYear, Quarter = cycle.Quarter.Quarter };
            db.ReminderCycles.Add(row);
        }
        else if (row.OpenedAtUtc != cycle.OpenedAt.UtcDateTime)
        {
            // Two openings raced (a scheduled firing and a manual run): the one stored first is the quarter's cycle.
            throw OpenedElsewhere(cycle.Quarter, null);
        }

        row.State = cycle.State;
        row.OpenedAtUtc = cycle.OpenedAt.UtcDateTime;
        row.ClosedAtUtc = cycle.ClosedAt?.UtcDateTime;
        row.FollowUpStartedAtUtc = cycle.FollowUpStartedAt?.UtcDateTime;
        row.ManagerNoticeIssuedAtUtc = cycle.ManagerNoticeIssuedAt?.UtcDateTime;

        // The cycle's id first: its recipients name it.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var stored = await StoredRecipientsAsync(db, row.Id, cancellationToken).ConfigureAwait(false);
        var added = new List<(CycleRecipient Recipient, CycleRecipientRow Row)>();
        var followUpDue = new Dictionary<bool, List<int>> { [true] = [], [false] = [] };
        var deliveries = new List<CardDeliveryRow>();
        for (var i = 0; i < cycle.Recipients.Count; i++)
        {
            var recipient = cycle.Recipients[i];
            if (!stored.TryGetValue(recipient.Owner.Email, out var known))
            {
                added.Add((recipient, NewRecipient(recipient, i)));
                continue;
            }

            if (known.FollowUpDue != recipient.FollowUpDue)
            {
                followUpDue[recipient.FollowUpDue].Add(known.Id);
            }

            AddIfUnrecorded(deliveries, known, CycleCardKind.Reminder, recipient.Card);
            AddIfUnrecorded(deliveries, known, CycleCardKind.FollowUp, recipient.FollowUpCard);
        }

        // A stage (the follow-up) marks thousands of recipients at once: one statement per value, not one per row.
        foreach (var (due, ids) in followUpDue.Where(d => d.Value.Count > 0))
        {
            await db.CycleRecipients.Where(r => ids.Contains(r.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.FollowUpDue, due), cancellationToken).ConfigureAwait(false);
        }

        await BulkInsert.InsertAsync(db, deliveries, cancellationToken).ConfigureAwait(false);
        await InsertRecipientsAsync(db, row.Id, added, cancellationToken).ConfigureAwait(false);
        return await OutboxRows.InsertNewAsync(db, messages, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cycle's stored recipients, by e-mail: what a save compares the cycle with.</summary>
    private static async Task<Dictionary<string, StoredRecipient>> StoredRecipientsAsync(PlanDbContext db, int cycleId, CancellationToken cancellationToken) =>
        await db.CycleRecipients.AsNoTracking()
            .Where(r => r.CycleId == cycleId)
            .Select(r => new StoredRecipient(r.Id, r.Email, r.FollowUpDue, r.Deliveries.Select(d => d.Kind).ToList()))
            .ToDictionaryAsync(r => r.Email, StringComparer.OrdinalIgnoreCase, cancellationToken)
            .ConfigureAwait(false);

    private sealed record StoredRecipient(int Id, string Email, bool FollowUpDue, List<CycleCardKind> Recorded);

    /// <summary>New recipients, then their items and recorded cards under the ids the store gave them.</summary>
    private static async Task InsertRecipientsAsync(PlanDbContext db, int cycleId, List<(CycleRecipient Recipient, CycleRecipientRow Row)> added, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            return;
        }

        foreach (var (_, row) in added)
        {
            row.CycleId = cycleId;
        }

        // A recipient another writer stored meanwhile is skipped, with its items: that writer stored them.
        var stored = await BulkInsert.InsertNewAsync(db, added.ConvertAll(a => a.Row), r => r.Email, cancellationToken).ConfigureAwait(false);
        var byRow = added.ToDictionary(a => a.Row, a => a.Recipient);
        var items = new List<CycleRecipientItemRow>();
        var deliveries = new List<CardDeliveryRow>();
        foreach (var row in stored)
        {
            var recipient = byRow[row];
            foreach (var item in row.Items)
            {
                item.RecipientId = row.Id;
                items.Add(item);
            }

            if (recipient.Card is { } card)
            {
                deliveries.Add(ToRow(row.Id, CardDeliveryPart.Single(CycleCardKind.Reminder), card));
            }

            if (recipient.FollowUpCard is { } followUp)
            {
                deliveries.Add(ToRow(row.Id, CardDeliveryPart.Single(CycleCardKind.FollowUp), followUp));
            }
        }

        await BulkInsert.InsertAsync(db, items, cancellationToken).ConfigureAwait(false);
        await BulkInsert.InsertAsync(db, deliveries, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RecordCardDeliveryAsync(FiscalQuarter quarter, string email, CardDeliveryPart part, CardDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(delivery);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var recipientId = await db.CycleRecipients
            .Where(r => r.Email == email && db.ReminderCycles.Any(c => c.Id == r.CycleId && c.FiscalYear == quarter.FiscalYear && c.Quarter == quarter.Quarter))
            .Select(r => (int?)r.Id)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"'{email}' is not asked in the {quarter} cycle.");
        if (await db.CardDeliveries.AnyAsync(d => d.RecipientId == recipientId && d.Kind == part.Kind && d.PartNumber == part.Number, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.CardDeliveries.Add(ToRow(recipientId, part, delivery));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<RecordedCardDelivery>> ListCardDeliveriesAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await (
                from d in db.CardDeliveries.AsNoTracking()
                join r in db.CycleRecipients.AsNoTracking() on d.RecipientId equals r.Id
                join c in db.ReminderCycles.AsNoTracking() on r.CycleId equals c.Id
                where c.FiscalYear == quarter.FiscalYear && c.Quarter == quarter.Quarter
                select new { r.Ordinal, r.Email, Delivery = d })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .OrderBy(r => r.Ordinal).ThenBy(r => r.Delivery.Kind).ThenBy(r => r.Delivery.PartNumber)
            .Select(r => new RecordedCardDelivery(
                r.Email,
                new CardDeliveryPart(r.Delivery.Kind, r.Delivery.PartNumber, r.Delivery.PartCount),
                ToDomain(r.Delivery)))
            .ToArray();
    }

    public async Task<bool> RecordSubmissionAsync(ProgressSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Reports.FirstOrDefault(r => r.Quarter != submission.Quarter || r.ReportedAt != submission.SubmittedAt) is { } stray)
        {
            // A card finds a cycle's answers among its quarter's reports, in the order they were reported.
            throw new ArgumentException(
                $"The submission {submission.Id} ({submission.Quarter}, {submission.SubmittedAt:O}) holds a report of {stray.SubThemeKey} for {stray.Quarter} at {stray.ReportedAt:O}.",
                nameof(submission));
        }

        try
        {
            return await StoreSubmissionAsync(submission, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or DbUpdateException && !StoreErrors.IsUniqueViolation(e))
        {
            // The transaction was rolled back: nothing of the submission is stored.
            throw new StoreWriteException($"The submission {submission.Id} could not be stored: {e.GetBaseException().Message}", e);
        }
    }

    private async Task<bool> StoreSubmissionAsync(ProgressSubmission submission, CancellationToken cancellationToken)
    {
        var quarter = submission.Quarter;
        bool sqlite;
        CycleAndStored? cycle;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            // The cycle and whether this delivery is stored already, in one read (a submission never outlives its cycle),
            // before the write: one statement less while other answers wait. A delivery stored meanwhile is still caught
            // inside the transaction, as a repeat of the last submission or by the unique submission id.
            sqlite = db.Database.IsSqlite();
            cycle = await cycleAndStoredQuery(db, quarter.FiscalYear, quarter.Quarter, submission.Id.Value, cancellationToken).ConfigureAwait(false);
        }

        if (cycle is null)
        {
            throw new InvalidOperationException($"There is no {quarter} cycle to record a submission in.");
        }

        if (cycle.Stored)
        {
            return false;
        }

        var pending = new PendingSubmission(submission, cycle.Id);
        if (!sqlite)
        {
            // PostgreSQL takes many writers at once: each submission commits by itself.
            await WriteSubmissionsAsync([pending], cancellationToken).ConfigureAwait(false);
            return await pending.Stored.Task.ConfigureAwait(false);
        }

        // SQLite has one writer, and each commit waits for the disk. The first answer through the gate writes every
        // answer queued behind it in one transaction, with one commit (group commit); the others find theirs done.
        pendingSubmissions.Enqueue(pending);
        try
        {
            using var writing = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false);
            while (!pending.Stored.Task.IsCompleted)
            {
                var batch = new List<PendingSubmission>();
                while (batch.Count < MaxSubmissionsPerCommit && pendingSubmissions.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                // The others in the batch are not this caller's to cancel.
                await WriteSubmissionsAsync(batch, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Given up while waiting for the gate: whoever drains the queue skips it.
            pending.Stored.TrySetCanceled(cancellationToken);
            throw;
        }

        return await pending.Stored.Task.ConfigureAwait(false);
    }

    /// <summary>At most this many answers share a commit: a batch's transaction stays short for the readers it holds back.</summary>
    private const int MaxSubmissionsPerCommit = 64;

    private readonly ConcurrentQueue<PendingSubmission> pendingSubmissions = new();

    /// <summary>A submission waiting for a commit; <see cref="Stored"/> says whether it was stored (false: a repeat).</summary>
    private sealed record PendingSubmission(ProgressSubmission Submission, int CycleId)
    {
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Writes the submissions in one transaction, each behind a savepoint: one that fails (or repeats another) is rolled
    /// back alone, and its caller is told after the commit; when the commit fails, nothing is stored and every caller is
    /// told so.
    /// </summary>
    private async Task WriteSubmissionsAsync(IReadOnlyList<PendingSubmission> batch, CancellationToken cancellationToken)
    {
        const string Savepoint = "submission";
        var outcomes = new (bool Stored, Exception? Error)[batch.Count];
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var storedAny = false;
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Stored.Task.IsCompleted)
                {
                    continue;
                }

                await transaction.CreateSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                try
                {
                    outcomes[i] = (await WriteSubmissionAsync(db, batch[i], cancellationToken).ConfigureAwait(false), null);
                    storedAny |= outcomes[i].Stored;
                    await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
                    // Another delivery of the same submission won the race; it stored the reports.
                    outcomes[i] = StoreErrors.IsUniqueViolation(e) ? (false, null) : (false, e);
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }

            if (storedAny)
            {
                await StoreVersions.BumpAsync(db, StoreVersions.Progress, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(e);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                batch[i].Stored.TrySetException(error);
            }
            else
            {
                batch[i].Stored.TrySetResult(outcomes[i].Stored);
            }
        }
    }

    /// <summary>Adds one submission's rows and saves them; false when it repeats the reporter's last one (a double click).</summary>
    private async Task<bool> WriteSubmissionAsync(PlanDbContext db, PendingSubmission pending, CancellationToken cancellationToken)
    {
        var submission = pending.Submission;
        if (await RepeatsLastAsync(db, pending.CycleId, submission, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var subThemeIds = await SubThemeIdsAsync(db, submission, cancellationToken).ConfigureAwait(false);
        var row = new ProgressSubmissionRow
        {
            SubmissionId = submission.Id.Value,
            CycleId = pending.CycleId,
            ReporterEmail = submission.ReporterEmail,
            SubmittedAtUtc = submission.SubmittedAt.UtcDateTime,
            CardId = submission.CardId,
        };
        row.Reports.AddRange(submission.Reports.Select(r => new SubmissionReportRow { Report = new ProgressReportRow
        {
            SubThemeId = subThemeIds[r.SubThemeKey],
            FiscalYear = r.Quarter.FiscalYear,
            Quarter = r.Quarter.Quarter,
            Status = r.Status,
            PercentComplete = r.PercentComplete,
            Comment = r.Comment,
            ReporterEmail = r.ReporterEmail,
            ReportedAtUtc = r.ReportedAt.UtcDateTime,
        } }));
        db.ProgressSubmissions.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<ReminderCycle?> LoadForOwnerAsync(FiscalQuarter quarter, string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var cycle = await cycleQuery(db, quarter.FiscalYear, quarter.Quarter, cancellationToken).ConfigureAwait(false);
        if (cycle is null)
        {
            return null;
        }

        var recipient = await recipientQuery(db, cycle.Id, email, cancellationToken).ConfigureAwait(false);
        var keys = recipient?.Items.Select(i => i.SubThemeKey).ToArray() ?? [];
        var answers = keys.Length == 0 ? [] : await LatestAnswersAsync(db, cycle, keys, cancellationToken).ConfigureAwait(false);
        return ReminderCycle.Restore(
            new FiscalQuarter(cycle.FiscalYear, cycle.Quarter),
            cycle.State,
            Utc(cycle.OpenedAtUtc),
            UtcOrNull(cycle.ClosedAtUtc),
            UtcOrNull(cycle.FollowUpStartedAtUtc),
            UtcOrNull(cycle.ManagerNoticeIssuedAtUtc),
            recipient is null ? [] : [ToRecipient(recipient)],
            answers);
    }

    /// <summary>
    /// The quarter's cycle row alone. The hot reads are compiled per store, not statically: a compiled query serves one
    /// model, and a store's context factory has one.
    /// </summary>
    private readonly Func<PlanDbContext, int, int, CancellationToken, Task<ReminderCycleRow?>> cycleQuery =
        EF.CompileAsyncQuery((PlanDbContext db, int fiscalYear, int quarter, CancellationToken _) =>
            db.ReminderCycles.AsNoTracking().SingleOrDefault(c => c.FiscalYear == fiscalYear && c.Quarter == quarter));

    /// <summary>
    /// The owner's recipient row in the cycle, with its items and deliveries, found on the (cycle, email) index; the
    /// column's NOCASE collation makes the e-mail the roster's case-insensitive match. Read apart from the cycle row: as an
    /// include filtered by e-mail, the recipients of every cycle were scanned (SQLite materialised the filtered join before
    /// joining it to the cycle), so each answer cost more with each quarter opened.
    /// </summary>
    private readonly Func<PlanDbContext, int, string, CancellationToken, Task<CycleRecipientRow?>> recipientQuery =
        EF.CompileAsyncQuery((PlanDbContext db, int cycleId, string email, CancellationToken _) =>
            db.CycleRecipients.AsNoTracking()
                .Include(r => r.Items)
                .Include(r => r.Deliveries)
                .AsSingleQuery()
                .SingleOrDefault(r => r.CycleId == cycleId && r.Email == email));

    private sealed record CycleAndStored(int Id, bool Stored);

    /// <summary>The quarter's cycle id and whether the submission is stored already.</summary>
    private readonly Func<PlanDbContext, int, int, string, CancellationToken, Task<CycleAndStored?>> cycleAndStoredQuery =
        EF.CompileAsyncQuery((PlanDbContext db, int fiscalYear, int quarter, string submissionId, CancellationToken _) =>
            db.ReminderCycles.AsNoTracking()
                .Where(c => c.FiscalYear == fiscalYear && c.Quarter == quarter)
                .Select(c => new CycleAndStored(c.Id, db.ProgressSubmissions.Any(s => s.SubmissionId == submissionId)))
                .SingleOrDefault());

    /// <summary>
    /// The store ids of the submission's sub-themes. A sub-theme row is never deleted nor given another key (a plan import
    /// retires what it drops), so an id once read stays right for the life of the process: only keys not seen before are read.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, int>> SubThemeIdsAsync(PlanDbContext db, ProgressSubmission submission, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        List<string>? unseen = null;
        foreach (var key in submission.Reports.Select(r => r.SubThemeKey))
        {
            if (knownSubThemeIds.TryGetValue(key, out var id))
            {
                ids[key] = id;
            }
            else if (!(unseen ??= []).Contains(key))
            {
                unseen.Add(key);
            }
        }

        if (unseen is null)
        {
            return ids;
        }

        var read = await db.SubThemes.AsNoTracking().Where(s => unseen.Contains(s.Key))
            .Select(s => new { s.Key, s.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in read)
        {
            knownSubThemeIds.TryAdd(row.Key, row.Id);
            ids[row.Key] = row.Id;
        }

        var unknown = unseen.FirstOrDefault(k => !ids.ContainsKey(k));
        if (unknown is not null)
        {
            throw new ArgumentException($"The plan has no sub-theme '{unknown}'.", nameof(submission));
        }

        return ids;
    }

    /// <summary>
    /// True when the reporter's latest submission from the same card, within <see cref="ProgressSubmission.RepeatWindow"/>,
    /// said the same: then this one is a double click, and stored once.
    /// </summary>
    private async Task<bool> RepeatsLastAsync(PlanDbContext db, int cycleId, ProgressSubmission submission, CancellationToken cancellationToken)
    {
        var since = (submission.SubmittedAt - ProgressSubmission.RepeatWindow).UtcDateTime;
        var reports = new List<LastReport>();
        await foreach (var report in lastSubmissionQuery(db, cycleId, since, submission.ReporterEmail, submission.CardId).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            reports.Add(report);
        }

        if (reports.Count == 0)
        {
            return false;
        }

        var last = reports[0];
        var earlier = new ProgressSubmission(
            new SubmissionId(last.SubmissionId),
            submission.Quarter,
            submission.ReporterEmail,
            Utc(last.SubmittedAtUtc),
            [.. reports.Select(r => new ProgressReport(r.Key, new FiscalQuarter(r.FiscalYear, r.Quarter), r.Status, r.PercentComplete, r.Comment, submission.ReporterEmail, Utc(r.ReportedAtUtc)))])
        {
            CardId = submission.CardId,
        };
        return submission.Repeats(earlier);
    }

    /// <summary>A report of the reporter's latest submission, with the submission's id and instant on each row.</summary>
    private sealed record LastReport(string SubmissionId, DateTime SubmittedAtUtc, string Key, int FiscalYear, int Quarter, ProgressStatus Status, int PercentComplete, string? Comment, DateTime ReportedAtUtc);

    /// <summary>
    /// The reports of the reporter's latest submission from the card since the given instant, in one statement: the
    /// submission is a scalar subquery on the (cycle, reporter, instant) index, its reports are found by its key. As a
    /// projection with a nested list, the reports of every submission were joined and materialised first, so each answer
    /// cost more the more answers the store held.
    /// </summary>
    private readonly Func<PlanDbContext, int, DateTime, string, string?, IAsyncEnumerable<LastReport>> lastSubmissionQuery =
        EF.CompileAsyncQuery((PlanDbContext db, int cycleId, DateTime since, string reporterEmail, string? cardId) =>
            from l in db.SubmissionReports.AsNoTracking()
            join s in db.ProgressSubmissions.AsNoTracking() on l.ProgressSubmissionId equals s.Id
            where s.Id == db.ProgressSubmissions
                .Where(p => p.CycleId == cycleId && p.SubmittedAtUtc >= since && p.ReporterEmail == reporterEmail && p.CardId == cardId)
                .OrderByDescending(p => p.SubmittedAtUtc).ThenByDescending(p => p.Id)
                .Select(p => p.Id)
                .FirstOrDefault()
            orderby l.ProgressReportId
            select new LastReport(
                s.SubmissionId, s.SubmittedAtUtc, l.Report.SubTheme.Key, l.Report.FiscalYear, l.Report.Quarter, l.Report.Status,
                l.Report.PercentComplete, l.Report.Comment, l.Report.ReportedAtUtc));

    /// <summary>The answer of each sub-theme of the cycle.</summary>
    private static async Task<IReadOnlyList<ItemAnswer>> AnswersAsync(PlanDbContext db, int cycleId, CancellationToken cancellationToken)
    {
        var answered = await (
                from l in db.SubmissionReports.AsNoTracking()
                join s in db.ProgressSubmissions.AsNoTracking() on l.ProgressSubmissionId equals s.Id
                where s.CycleId == cycleId
                select new { l.Report.SubTheme.Key, s.ReporterEmail, s.SubmissionId, s.SubmittedAtUtc, s.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // The latest submission per sub-theme is its answer; equal instants go to the one stored last, as RecordAnswers does.
        return answered
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id).Last())
            .Select(a => new ItemAnswer(a.Key, a.ReporterEmail, new SubmissionId(a.SubmissionId), Utc(a.SubmittedAtUtc)))
            .ToArray();
    }

    /// <summary>
    /// The answer of each of the given sub-themes: per sub-theme, only its latest submission in the cycle is read (the
    /// database picks it), so an owner's card costs the same after a hundred answers as after one.
    /// </summary>
    private async Task<IReadOnlyList<ItemAnswer>> LatestAnswersAsync(PlanDbContext db, ReminderCycleRow cycle, string[] keys, CancellationToken cancellationToken)
    {
        var answers = new List<ItemAnswer>(keys.Length);
        await foreach (var a in latestAnswersQuery(db, cycle.Id, cycle.FiscalYear, cycle.Quarter, keys).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            answers.Add(new ItemAnswer(a.Key, a.ReporterEmail, new SubmissionId(a.SubmissionId), Utc(a.SubmittedAtUtc)));
        }

        return answers;
    }

    private sealed record LatestAnswer(string Key, string ReporterEmail, string SubmissionId, DateTime SubmittedAtUtc);

    /// <summary>
    /// A cycle's submissions report on its own quarter, at their own instant (<see cref="RecordSubmissionAsync"/> holds
    /// them to both), so each sub-theme's answer is the last of its reports of that quarter on the (sub-theme, year,
    /// quarter, reported at) index that belongs to one of the cycle's submissions: earlier reports are not read.
    /// </summary>
    private readonly Func<PlanDbContext, int, int, int, string[], IAsyncEnumerable<LatestAnswer>> latestAnswersQuery =
        EF.CompileAsyncQuery((PlanDbContext db, int cycleId, int fiscalYear, int quarter, string[] keys) =>
            from t in db.SubThemes.AsNoTracking()
            where keys.Contains(t.Key)
            from s in db.ProgressSubmissions.AsNoTracking()
            where s.Id == (
                from l in db.SubmissionReports
                join last in db.ProgressSubmissions on l.ProgressSubmissionId equals last.Id
                where l.Report.SubThemeId == t.Id && l.Report.FiscalYear == fiscalYear && l.Report.Quarter == quarter && last.CycleId == cycleId
                // A report carries its submission's instant and is stored with it, so the index's order (reported at, then
                // id: equal instants go to the one stored last, as RecordAnswers does) is the submissions' order, and
                // the first report of the cycle's found reading it backwards is the answer: no sort.
                orderby l.Report.ReportedAtUtc descending, l.Report.Id descending
                select last.Id).FirstOrDefault()
            select new LatestAnswer(t.Key, s.ReporterEmail, s.SubmissionId, s.SubmittedAtUtc));

    private static CycleRecipient ToRecipient(CycleRecipientRow r) => new(
        new Person(r.Name, r.Email, r.AadObjectId, r.Department, r.Role),
        r.Items.OrderBy(i => i.Ordinal).Select(i => i.SubThemeKey).ToArray(),
        Delivered(r.Deliveries, CycleCardKind.Reminder),
        r.FollowUpDue,
        Delivered(r.Deliveries, CycleCardKind.FollowUp));

    private static CycleOpenedElsewhereException OpenedElsewhere(FiscalQuarter quarter, Exception? inner) => new(quarter, inner);

    /// <summary>The card as delivered once every part is: part 1's delivery, which later answers update in place.</summary>
    private static CardDelivery? Delivered(IEnumerable<CardDeliveryRow> deliveries, CycleCardKind kind)
    {
        var parts = deliveries.Where(d => d.Kind == kind).OrderBy(d => d.PartNumber).ToArray();
        return parts.Length > 0 && parts.Length >= parts.Max(p => p.PartCount) ? ToDomain(parts[0]) : null;
    }

    private static void AddIfUnrecorded(List<CardDeliveryRow> deliveries, StoredRecipient recipient, CycleCardKind kind, CardDelivery? delivery)
    {
        if (delivery is not null && !recipient.Recorded.Contains(kind))
        {
            deliveries.Add(ToRow(recipient.Id, CardDeliveryPart.Single(kind), delivery));
        }
    }

    private static CycleRecipientRow NewRecipient(CycleRecipient recipient, int ordinal)
    {
        var row = new CycleRecipientRow
        {
            Ordinal = ordinal,
            Name = recipient.Owner.Name,
            Email = recipient.Owner.Email,
            AadObjectId = recipient.Owner.AadObjectId,
            Department = recipient.Owner.Department,
            Role = recipient.Owner.Role,
            FollowUpDue = recipient.FollowUpDue,
        };
        row.Items.AddRange(recipient.SubThemeKeys.Select((key, i) => new CycleRecipientItemRow { Ordinal = i, SubThemeKey = key }));
        return row;
    }

    private static CardDeliveryRow ToRow(int recipientId, CardDeliveryPart part, CardDelivery delivery) => new()
    {
        RecipientId = recipientId,
        Kind = part.Kind,
        PartNumber = part.Number,
        PartCount = part.Count,
        ConversationId = delivery.ConversationId,
        ActivityId = delivery.ActivityId,
        SentAtUtc = delivery.SentAt.UtcDateTime,
    };

    private static CardDelivery ToDomain(CardDeliveryRow row) => new(row.ConversationId, row.ActivityId, Utc(row.SentAtUtc));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);

    private static DateTimeOffset? UtcOrNull(DateTime? value) => value is { } v ? Utc(v) : null;
}
