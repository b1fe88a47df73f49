namespace PlanBot.Domain.Tests.Calendar;

/// <summary>A clock stopped at one instant, for code that asks a TimeProvider what time it is.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
