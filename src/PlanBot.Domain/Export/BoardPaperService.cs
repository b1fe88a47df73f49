using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Export;

/// <summary>
/// Makes the board paper from what the stores hold now, for someone on the roster (chat) or a given person (the
/// command line's <c>--as</c>, or an administrator). Chat and the command line both go through here, so they export alike.
/// </summary>
public sealed class BoardPaperService(IPlanStore plans, IProgressStore progress, IRosterStore roster, TimeProvider clock)
{
    /// <summary>The paper for a Teams user found on the roster by Entra object id, else e-mail; strangers get none.</summary>
    public async Task<BoardPaperOutcome> CreateAsync(FiscalQuarter? quarter, string? aadObjectId, string? email, CancellationToken cancellationToken)
    {
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        return stored.People.Match(aadObjectId, email) is { } asker
            ? await CreateAsync(quarter, asker, stored, cancellationToken).ConfigureAwait(false)
            : BoardPaperOutcome.Refused(BoardPaperRefusal.NotOnRoster);
    }

    /// <summary>The paper within <paramref name="asker"/>'s scope.</summary>
    public async Task<BoardPaperOutcome> CreateAsAsync(FiscalQuarter? quarter, Person asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        return await CreateAsync(quarter, asker, stored, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BoardPaperOutcome> CreateAsync(FiscalQuarter? quarter, Person asker, StoredRoster stored, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return BoardPaperOutcome.Refused(BoardPaperRefusal.NoPlan);
        }

        var reports = await progress.ListAllAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var current = FiscalQuarter.Of(now);

        // Without a quarter: the one whose reporting round is open, as questions without a period read it.
        var chosen = quarter ?? QueryEngine.LatestReportedQuarter(reports, current);
        if (chosen > current)
        {
            return BoardPaperOutcome.Refused(BoardPaperRefusal.NotStarted, chosen);
        }

        if (ReminderPeriods.For(plan, chosen).Periods is null)
        {
            return BoardPaperOutcome.Refused(BoardPaperRefusal.OutsidePlan, chosen, FirstYear(plan), plan.Periods.Max(p => p.FiscalYear));
        }

        var ownership = Ownership.Resolve(plan, stored.People, stored.Assignments);
        var paper = BoardPaperBuilder.Build(new BoardPaperInput(plan, reports, stored.People, ownership, chosen, asker, now));
        return BoardPaperOutcome.Ready(paper);
    }

    private static int FirstYear(ActionPlan plan) => plan.Periods.Count == 0 ? 0 : plan.Periods.Min(p => p.FiscalYear);
}
