using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;

namespace PlanBot.Domain.Snapshots;

/// <summary>
/// The plan, roster and latest reports as of one <see cref="StoreVersion"/>, with what questions need built from them
/// once: owners per sub-theme, the question vocabulary and the query data. Immutable; shared by concurrent turns.
/// What depends only on the plan and roster is carried over from the previous snapshot when only progress changed, and
/// the reports are read only when a turn asks for them (a card answer never does), once per progress change.
/// </summary>
public sealed class PlanSnapshot
{
    private readonly Lazy<Shared?> _shared;
    private readonly Reports _reports;
    private QueryData? _queryData;

    internal PlanSnapshot(StoreVersion version, ActionPlan? plan, StoredRoster roster, IProgressStore progress, PlanSnapshot? previous)
    {
        Version = version;
        Plan = plan;
        Roster = roster;
        _shared = previous is not null && ReferenceEquals(previous.Plan, plan) && ReferenceEquals(previous.Roster, roster)
            ? previous._shared
            : new Lazy<Shared?>(() => plan is null ? null : Shared.Build(plan, roster));
        _reports = previous is not null && previous.Version.Progress == version.Progress ? previous._reports : new Reports(progress);
    }

    public StoreVersion Version { get; }

    /// <summary>The stored plan; null before the first import.</summary>
    public ActionPlan? Plan { get; }

    public StoredRoster Roster { get; }

    /// <summary>The words questions may use; null without a plan. Built on first use, then shared until the plan or roster changes.</summary>
    public QuestionVocabulary? Vocabulary => _shared.Value?.Vocabulary;

    /// <summary>The latest report of each sub-theme and quarter (<see cref="IProgressStore.ListLatestPerQuarterAsync"/>), read once per progress change.</summary>
    public Task<IReadOnlyList<ProgressReport>> LatestReportsAsync(CancellationToken cancellationToken) => _reports.GetAsync(cancellationToken);

    /// <summary>
    /// What a question asked in <paramref name="currentQuarter"/> is answered from; null without a plan. Built once per
    /// snapshot and quarter, so its owner index and search text are worked out once, not per question.
    /// </summary>
    public async Task<QueryData?> QueryDataForAsync(FiscalQuarter currentQuarter, CancellationToken cancellationToken)
    {
        if (_shared.Value is not { } shared)
        {
            return null;
        }

        var data = Volatile.Read(ref _queryData);
        if (data is null || data.CurrentQuarter != currentQuarter)
        {
            // Two turns may build it at once; either result is right, and one is kept.
            var reports = await LatestReportsAsync(cancellationToken).ConfigureAwait(false);
            data = new QueryData(Plan!, reports, Roster.People.People, currentQuarter, shared.Owners);
            Volatile.Write(ref _queryData, data);
        }

        return data;
    }

    private sealed record Shared(QuestionVocabulary Vocabulary, IReadOnlyDictionary<string, IReadOnlyList<string>> Owners)
    {
        public static Shared Build(ActionPlan plan, StoredRoster roster)
        {
            var ownership = Ownership.Resolve(plan, roster.People, roster.Assignments);
            var owners = plan.SubThemes
                .Select(s => (s.Key, Owners: ownership.OwnersOf(s.Key)))
                .Where(o => o.Owners.Count > 0)
                .ToDictionary(o => o.Key, o => (IReadOnlyList<string>)o.Owners.Select(p => p.Email).ToList(), StringComparer.Ordinal);
            return new Shared(QuestionContext.VocabularyOf(plan, roster.People.People), owners);
        }
    }

    /// <summary>The reports of one progress version, read by the first turn that needs them; a failed read is retried by the next.</summary>
    private sealed class Reports(IProgressStore progress)
    {
        private readonly SemaphoreSlim _loading = new(1, 1);
        private IReadOnlyList<ProgressReport>? _loaded;

        public async Task<IReadOnlyList<ProgressReport>> GetAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _loaded) is { } loaded)
            {
                return loaded;
            }

            await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return _loaded ??= await progress.ListLatestPerQuarterAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _loading.Release();
            }
        }
    }
}
