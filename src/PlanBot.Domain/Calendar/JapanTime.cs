namespace PlanBot.Domain.Calendar;

/// <summary>Japan Standard Time: the zone of fiscal quarters, business days and every schedule PlanBot keeps.</summary>
public static class JapanTime
{
    public const string TimeZoneId = "Asia/Tokyo";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset ToJapan(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToJapan(clock.GetUtcNow()).DateTime);
}
