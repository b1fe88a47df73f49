namespace PlanBot.Domain.Snapshots;

/// <summary>Reads the store's change counters (<see cref="StoreVersion"/>): one small query, made once per turn that uses a snapshot.</summary>
public interface IStoreVersions
{
    Task<StoreVersion> ReadAsync(CancellationToken cancellationToken);
}
