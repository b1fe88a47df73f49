using System.CommandLine;
using System.Globalization;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Cli;

/// <summary>
/// <c>remind [--quarter 2026Q3] [--dry-run]</c>: a dry run prints who would get what; otherwise the quarter's cycle is
/// opened (once) and one outbox message per undelivered card part is enqueued (once), for the sender to deliver.
/// </summary>
internal static class RemindCommand
{
    public const int InvalidInput = 2;

    public static Command Create(IServiceProvider services)
    {
        var quarter = new Option<string?>("--quarter") { Description = "The fiscal quarter, e.g. 2026Q3 (FY2026 Q3 = October–December 2026). Default: the current one (JST)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print who would be asked what; store and enqueue nothing." };
        var command = new Command("remind", "Run a quarter's reminder now: open its cycle and enqueue the cards.") { quarter, dryRun };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetValue(quarter), parseResult.GetValue(dryRun), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? quarterText, bool dryRun, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        FiscalQuarter quarter;
        if (quarterText is null)
        {
            quarter = FiscalQuarter.Current(clock);
        }
        else if (!FiscalQuarter.TryParse(quarterText, out quarter))
        {
            await console.Error.WriteLineAsync($"'{quarterText}' is not a fiscal quarter; write it like 2026Q3 (FY2026 Q3 = October–December 2026).").ConfigureAwait(false);
            return InvalidInput;
        }

        var context = await RosterContext.LoadAsync(services, console, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return InvalidInput;
        }

        var reports = await ReportsAsync(services.GetRequiredService<IProgressStore>(), context.Plan, cancellationToken).ConfigureAwait(false);
        var plan = ReminderPlanner.Plan(context.Plan, context.Ownership, quarter, reports);
        var cycles = services.GetRequiredService<IReminderCycleStore>();
        var existing = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        var lines = new List<string>();
        if (dryRun)
        {
            lines.Add($"Reminder for {quarter} ({Describe(quarter)}), dry run: nothing is stored or enqueued.");
            lines.AddRange(RemindSummary.Existing(existing));
            lines.AddRange(RemindSummary.Plan(context.Plan, plan));
            await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var opening = ReminderCycle.Open(existing, plan, clock.GetUtcNow());
        if (opening.Outcome == ReminderCycleOpeningOutcome.Opened)
        {
            try
            {
                await cycles.SaveAsync(opening.Cycle!, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // The scheduler (or another run) opened the quarter meanwhile; its cycle stands and is resumed below.
                existing = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
                opening = ReminderCycle.Open(existing, plan, clock.GetUtcNow());
            }
        }

        lines.Add($"Reminder for {quarter} ({Describe(quarter)}).");
        switch (opening.Outcome)
        {
            case ReminderCycleOpeningOutcome.NothingToAsk:
                lines.AddRange(RemindSummary.Plan(context.Plan, plan));
                lines.Add("No cycle was opened.");
                await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
                return 0;
            case ReminderCycleOpeningOutcome.Opened:
                lines.Add($"Opened the {quarter} cycle: {opening.Cycle!.Recipients.Count} owners, {opening.Cycle.SubThemeKeys.Count} sub-themes.");
                lines.AddRange(RemindSummary.Unowned(plan.Unowned));
                break;
            default:
                lines.AddRange(RemindSummary.Existing(existing));
                break;
        }

        lines.AddRange(await EnqueueAsync(services.GetRequiredService<IOutbox>(), context.Plan, opening.Cycle!, cancellationToken).ConfigureAwait(false));
        await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>One message per card part of every owner whose card is not delivered yet; keys already queued are skipped.</summary>
    private static async Task<IReadOnlyList<string>> EnqueueAsync(IOutbox outbox, ActionPlan plan, ReminderCycle cycle, CancellationToken cancellationToken)
    {
        var added = new List<string>();
        var already = 0;
        foreach (var recipient in cycle.PendingCards)
        {
            var parts = RemindCardParts.Split(plan, recipient.SubThemeKeys);
            for (var i = 0; i < parts.Count; i++)
            {
                var payload = new RemindCardPayload(cycle.Quarter.ToString(), recipient.Owner.Email, i + 1, parts.Count, parts[i]);
                var entry = new OutboxEntry(OutboxKinds.ReminderCard, payload.IdempotencyKey, recipient.Owner.Email, null, payload.ToJson());
                if (await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false))
                {
                    added.Add($"  {payload.IdempotencyKey}  {recipient.Owner.Name}: {string.Join(", ", parts[i])}");
                }
                else
                {
                    already++;
                }
            }
        }

        var lines = new List<string> { $"Enqueued {added.Count} reminder cards ({already} already queued; {cycle.Recipients.Count - cycle.PendingCards.Count} owners already delivered)." };
        lines.AddRange(added);
        return lines;
    }

    /// <summary>Every stored report of the plan's sub-themes; the planner shows each item's latest.</summary>
    private static async Task<IReadOnlyList<ProgressReport>> ReportsAsync(IProgressStore store, ActionPlan plan, CancellationToken cancellationToken)
    {
        var reports = new List<ProgressReport>();
        foreach (var subTheme in plan.SubThemes)
        {
            reports.AddRange(await store.ListAsync(subTheme.Key, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    private static string Describe(FiscalQuarter quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"FY{quarter.FiscalYear} Q{quarter.Quarter}, {quarter.Start:MMMM yyyy}–{quarter.End:MMMM yyyy}");
}
