using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Stores;

/// <summary>
/// Stores card submissions for <see cref="ReminderCycleStore.RecordSubmissionAsync"/>: each once (by its id, and a double
/// click within <see cref="ProgressSubmission.RepeatWindow"/> as a repeat), all of its reports or none, and on SQLite many
/// answers to one commit.
/// </summary>
internal sealed class SubmissionWriter(IDbContextFactory<PlanDbContext> contextFactory, SqliteWriteGate writeGate, bool sqlite)
{
    private readonly ConcurrentDictionary<string, int> knownSubThemeIds = new(StringComparer.Ordinal);

    public async Task<bool> RecordAsync(ProgressSubmission submission, CancellationToken cancellationToken)
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
        if (!knownCycleIds.TryGetValue(quarter, out var cycleId))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            cycleId = await cycleIdQuery(db, quarter.FiscalYear, quarter.Quarter, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"There is no {quarter} cycle to record a submission in.");
            knownCycleIds.TryAdd(quarter, cycleId);
        }

        var pending = new PendingSubmission(submission, cycleId);
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

    /// <summary>At most this many answers share a commit, so the answers queued behind a batch do not wait long for theirs.</summary>
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
        row.Reports.AddRange(submission.Reports.Select(r => new SubmissionReportRow { Report = ProgressStore.ToRow(r, subThemeIds[r.SubThemeKey]) }));
        db.ProgressSubmissions.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// A cycle row is never deleted, nor another opened for its quarter, so its id once read stays right for the life of
    /// the process: each answer goes to the write without a read of its own. A redelivered submission is caught there,
    /// by its unique id or as a repeat of the last one.
    /// </summary>
    private readonly ConcurrentDictionary<FiscalQuarter, int> knownCycleIds = new();

    private readonly Func<PlanDbContext, int, int, CancellationToken, Task<int?>> cycleIdQuery =
        EF.CompileAsyncQuery((PlanDbContext db, int fiscalYear, int quarter, CancellationToken _) =>
            db.ReminderCycles.Where(c => c.FiscalYear == fiscalYear && c.Quarter == quarter).Select(c => (int?)c.Id).SingleOrDefault());

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
            ReminderCycleStore.Utc(last.SubmittedAtUtc),
            [.. reports.Select(r => new ProgressReport(r.Key, new FiscalQuarter(r.FiscalYear, r.Quarter), r.Status, r.PercentComplete, r.Comment, submission.ReporterEmail, ReminderCycleStore.Utc(r.ReportedAtUtc)))])
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
}
