using PlanBot.Domain.People;

namespace PlanBot.Domain.Reminders;

/// <summary>What one owner is asked in a cycle: one card with all their items, never one card per item.</summary>
public sealed record OwnerReminder(Person Owner, IReadOnlyList<ReminderItem> Items);
