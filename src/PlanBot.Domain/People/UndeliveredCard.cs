
namespace PlanBot.Domain.People;

/// <summary>An owner whose reminder card for the quarter has not been delivered, and why.</summary>
public sealed record UndeliveredCard(Person Owner, UndeliveredReason Reason);
