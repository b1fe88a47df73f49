namespace PlanBot.Data.Rows;

/// <summary>A named lease one instance holds until <see cref="ExpiresAtUtc"/> unless it renews it.</summary>
public sealed class LeaseRow
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAtUtc { get; set; }
}
