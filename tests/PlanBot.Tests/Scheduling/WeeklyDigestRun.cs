namespace PlanBot.Tests.Scheduling;

internal sealed record WeeklyDigestRun(DateOnly Week, DateTimeOffset At);
