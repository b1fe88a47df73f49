using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Digest;

/// <summary>
/// Everything a digest is made from. <paramref name="Reports"/> is the whole progress history (every submission kept);
/// <paramref name="Cycle"/> is the latest reminder cycle, if any; <paramref name="PreviousDigestAt"/> is when this
/// channel last had a digest (null: changes are taken from the 7 days before <paramref name="Now"/>).
/// </summary>
public sealed record DigestInput(
    ActionPlan Plan,
    Ownership Ownership,
    IReadOnlyList<ProgressReport> Reports,
    ReminderCycle? Cycle,
    DateTimeOffset? PreviousDigestAt,
    DateTimeOffset Now,
    DigestScope Scope);
