namespace PlanBot.Domain.Reminders;

/// <summary>One stored card delivery: to whom, which card part, and where it went.</summary>
public sealed record RecordedCardDelivery(string Email, CardDeliveryPart Part, CardDelivery Delivery);
