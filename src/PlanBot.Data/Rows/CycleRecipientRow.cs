using PlanBot.Domain.People;

namespace PlanBot.Data.Rows;

/// <summary>
/// An owner asked in a cycle, as the roster described them when the cycle opened (a later roster import does not
/// rewrite who was asked), with the sub-themes on their card and the cards delivered to them.
/// </summary>
public sealed class CycleRecipientRow
{
    public int Id { get; set; }

    public int CycleId { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public string? AadObjectId { get; set; }

    public string? Department { get; set; }

    public PersonRole Role { get; set; }

    public bool FollowUpDue { get; set; }

    public List<CycleRecipientItemRow> Items { get; } = [];

    public List<CardDeliveryRow> Deliveries { get; } = [];
}
