using PlanBot.Domain.People;

namespace PlanBot.Teams.Proactive;

/// <summary>One outbox message a dispatch added: its key, who receives it, and the sub-themes it asks about (none for a notice).</summary>
public sealed record EnqueuedMessage(string IdempotencyKey, Person Recipient, IReadOnlyList<string> SubThemeKeys);
