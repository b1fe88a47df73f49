using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PlanBot.Data.Configurations;

/// <summary>Instants are stored as UTC DateTime (SQLite cannot order DateTimeOffset); reading them back marks them UTC again.</summary>
internal static class UtcDateTime
{
    public static ValueConverter<DateTime, DateTime> Converter { get; } = new(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
