namespace PlanBot.Data.Rows;

/// <summary>
/// The one row the store's health probe rewrites: a real committed write, the only sure sign the store can be written
/// (a full volume refuses it). The instant is UTC.
/// </summary>
public sealed class StoreProbeRow
{
    public int Id { get; set; }

    public DateTime CheckedAtUtc { get; set; }
}
