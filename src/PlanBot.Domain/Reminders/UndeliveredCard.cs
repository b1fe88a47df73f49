using PlanBot.Domain.People;

namespace PlanBot.Domain.Reminders;

/// <summary>An owner whose reminder card for the quarter has not been delivered, and why.</summary>
public sealed record UndeliveredCard(Person Owner, UndeliveredReason Reason);
