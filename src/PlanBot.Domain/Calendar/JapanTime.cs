namespace PlanBot.Domain.Calendar;

/// <summary>Japan Standard Time: the zone of fiscal quarters, business days and every schedule PlanBot keeps.</summary>
public static class JapanTime
{
    public const string TimeZoneId = "Asia/Tokyo";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset ToJapan(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The calendar date in Japan at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToJapan(instant).DateTime);

    /// <summary>The instant of a wall-clock time on a date in Japan (offset +09:00).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
