namespace PlanBot.Domain.Snapshots;

/// <summary>
/// Change counters of the store, one per kind of data built into in-memory snapshots: each write of that kind adds one
/// in the same transaction, so any instance sharing the store sees a change with one small read.
/// </summary>
/// <param name="Plan">Plan imports.</param>
/// <param name="Roster">Roster and owner-assignment replacements.</param>
/// <param name="Progress">Progress reports stored (card answers included).</param>
public readonly record struct StoreVersion(long Plan, long Roster, long Progress);
