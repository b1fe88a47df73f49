using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Rows;

/// <summary>One delivered card part: which card (reminder or follow-up, part n of m) and where it went, so it can be updated in place.</summary>
public sealed class CardDeliveryRow
{
    public int Id { get; set; }

    public int RecipientId { get; set; }

    public CycleCardKind Kind { get; set; }

    public int PartNumber { get; set; }

    public int PartCount { get; set; }

    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }

    public DateTime SentAtUtc { get; set; }
}
