using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Domain.Outbox;
using PlanBot.Data.Rows;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Stores;

/// <summary>Reminder cycles in the plan store: the cycle row, its recipients with their items and card deliveries, and its submissions.</summary>
public sealed class ReminderCycleStore(IDbContextFactory<PlanDbContext> contextFactory, TimeProvider clock, SqliteWriteGate writeGate, IOptions<PlanStoreOptions> options) : IReminderCycleStore
{
    private readonly SubmissionWriter submissions = new(contextFactory, writeGate, options.Value.Provider == PlanStoreProvider.Sqlite);

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
            throw new CycleOpenedElsewhereException(cycle.Quarter, e);
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
            throw new CycleOpenedElsewhereException(cycle.Quarter, null);
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

    public Task<bool> RecordSubmissionAsync(ProgressSubmission submission, CancellationToken cancellationToken) =>
        submissions.RecordAsync(submission, cancellationToken);

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

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);

    private static DateTimeOffset? UtcOrNull(DateTime? value) => value is { } v ? Utc(v) : null;
}
