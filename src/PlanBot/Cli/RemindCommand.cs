using System.CommandLine;
using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.Reminders;

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

        if (dryRun)
        {
            var reports = await services.GetRequiredService<IProgressStore>().ListAllAsync(cancellationToken).ConfigureAwait(false);
            var plan = ReminderPlanner.Plan(context.Plan, context.Ownership, quarter, reports);
            var existing = await services.GetRequiredService<IReminderCycleStore>().LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
            var preview = new List<string> { $"Reminder for {quarter} ({Describe(quarter)}), dry run: nothing is stored or enqueued." };
            preview.AddRange(RemindSummary.Existing(existing));
            preview.AddRange(RemindSummary.Plan(context.Plan, plan));
            await RosterSummary.WriteAsync(console.Output, preview, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        // The same dispatcher the scheduler's first-reminder stage runs; the CLI host registers no Teams services.
        var dispatcher = ActivatorUtilities.CreateInstance<ReminderDispatcher>(services);
        var dispatch = await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (dispatch is null)
        {
            await console.Error.WriteLineAsync("The plan store holds no plan yet; run 'import' first.").ConfigureAwait(false);
            return InvalidInput;
        }

        var lines = new List<string> { $"Reminder for {quarter} ({Describe(quarter)})." };
        switch (dispatch.Outcome)
        {
            case ReminderCycleOpeningOutcome.NothingToAsk:
                lines.AddRange(RemindSummary.Plan(context.Plan, dispatch.Plan));
                lines.Add("No cycle was opened.");
                await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
                return 0;
            case ReminderCycleOpeningOutcome.Opened:
                lines.Add($"Opened the {quarter} cycle: {dispatch.Cycle!.Recipients.Count} owners, {dispatch.Cycle.SubThemeKeys.Count} sub-themes.");
                lines.AddRange(RemindSummary.Unowned(dispatch.Plan.Unowned));
                break;
            default:
                lines.AddRange(RemindSummary.Existing(dispatch.Cycle));
                break;
        }

        var cycle = dispatch.Cycle!;
        lines.Add($"Enqueued {dispatch.Enqueued.Count} reminder cards ({dispatch.AlreadyQueued} already queued; {cycle.Recipients.Count - cycle.PendingCards.Count} owners already delivered).");
        lines.AddRange(dispatch.Enqueued.Select(e => $"  {e.IdempotencyKey}  {e.Recipient.Name}: {string.Join(", ", e.SubThemeKeys)}"));
        if (dispatch.Enqueued.Count > 0)
        {
            var reach = await DispatchReach.OfAsync(services.GetRequiredService<IConversationStore>(), dispatch.Enqueued, cancellationToken).ConfigureAwait(false);
            lines.Add(Reach(reach));
        }

        await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Who the queued cards can reach, and why the others cannot, in one line.</summary>
    private static string Reach(DispatchReach reach)
    {
        var line = $"Can be delivered: {reach.ReachableCards} card(s) to {reach.ReachableOwners} of {reach.Owners} owner(s).";
        if (reach.Unreachable.Count == 0)
        {
            return line;
        }

        var why = new List<string>();
        if (reach.Count(UnreachableReason.NoChatAndNoTeam) is > 0 and var noRoute)
        {
            why.Add($"{noRoute} never chatted with PlanBot and PlanBot is in no team");
        }

        if (reach.Count(UnreachableReason.ChatClosed) is > 0 and var closed)
        {
            why.Add($"{closed} removed or blocked PlanBot");
        }

        return $"{line} Cannot be delivered: {reach.Unreachable.Count} owner(s) ({string.Join("; ", why)}); run 名簿確認 (roster check) in Teams for details.";
    }

    private static string Describe(FiscalQuarter quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"FY{quarter.FiscalYear} Q{quarter.Quarter}, {quarter.Start:MMMM yyyy}–{quarter.End:MMMM yyyy}");
}
