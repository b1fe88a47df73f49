using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Snapshots;

/// <summary>
/// Keeps one <see cref="PlanSnapshot"/> per process and hands it to every turn: each call reads the store's change
/// counters (one small query) and reloads only what changed since — the plan after an import, the roster after a roster
/// or assignment change; the latest reports after an answer, when a turn next asks for them. Another instance or the command line writing to a shared
/// store bumps the same counters, so every instance sees the change on its next turn.
/// </summary>
public sealed class PlanSnapshots(IStoreVersions versions, IPlanStore plans, IRosterStore roster, IProgressStore progress)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private PlanSnapshot? _current;

    public async Task<PlanSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await versions.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _current) is { } current && current.Version == version)
        {
            return current;
        }

        await _reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another turn may have reloaded meanwhile. The counters are read before the data, so data newer than its
            // stamp can be kept (it is reloaded on the next turn), never data older than it.
            var previous = Volatile.Read(ref _current);
            if (previous is not null && previous.Version == version)
            {
                return previous;
            }

            var plan = previous is not null && previous.Version.Plan == version.Plan
                ? previous.Plan
                : await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
            var people = previous is not null && previous.Version.Roster == version.Roster
                ? previous.Roster
                : await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = new PlanSnapshot(version, plan, people, progress, previous);
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _reloading.Release();
        }
    }
}
