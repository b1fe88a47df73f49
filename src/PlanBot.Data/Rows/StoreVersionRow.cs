namespace PlanBot.Data.Rows;

/// <summary>One change counter of the store (see <see cref="Stores.StoreVersions"/>): "plan", "roster" or "progress".</summary>
public sealed class StoreVersionRow
{
    public required string Name { get; set; }

    public long Version { get; set; }
}
