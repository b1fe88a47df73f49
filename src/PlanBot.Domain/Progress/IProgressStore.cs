using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Progress;

/// <summary>The history of progress reports. Reports point at a sub-theme by its stable key and survive plan re-imports.</summary>
public interface IProgressStore
{
    /// <summary>Appends a report; earlier reports are kept. Throws <see cref="ArgumentException"/> for a sub-theme key the plan does not have.</summary>
    Task AppendAsync(ProgressReport report, CancellationToken cancellationToken);

    /// <summary>The latest report for a sub-theme and quarter, or null when none was made.</summary>
    Task<ProgressReport?> GetLatestAsync(string subThemeKey, FiscalQuarter quarter, CancellationToken cancellationToken);

    /// <summary>Every report for a sub-theme, oldest first.</summary>
    Task<IReadOnlyList<ProgressReport>> ListAsync(string subThemeKey, CancellationToken cancellationToken);

    /// <summary>Every report of every sub-theme, oldest first: what questions and digests are answered from.</summary>
    Task<IReadOnlyList<ProgressReport>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The latest report of each sub-theme and quarter, oldest first: what questions and digests answer from, without
    /// the earlier reports of the same quarter, so its size is bounded by sub-themes × quarters rather than by how often
    /// people answered.
    /// </summary>
    Task<IReadOnlyList<ProgressReport>> ListLatestPerQuarterAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What a reminder card for <paramref name="quarter"/> shows of each of the given sub-themes: its latest report of the
    /// quarter and its latest report of an earlier quarter (each when there is one), oldest first. Its cost does not grow
    /// with how often people answered.
    /// </summary>
    Task<IReadOnlyList<ProgressReport>> ListForCardAsync(IReadOnlyCollection<string> subThemeKeys, FiscalQuarter quarter, CancellationToken cancellationToken);
}
