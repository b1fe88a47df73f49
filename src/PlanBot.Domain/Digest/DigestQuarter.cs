using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Digest;

/// <summary>
/// The fiscal quarter the digest's day falls in (JST) and what is left of it. Both counts include
/// <paramref name="Today"/>: on the quarter's last day one calendar day is left, and one business day if it is one.
/// </summary>
public sealed record DigestQuarter(FiscalQuarter Quarter, DateOnly Today, int BusinessDaysLeft, int CalendarDaysLeft);
