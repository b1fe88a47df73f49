using System.Globalization;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Digest;

/// <summary>
/// "One digest per week per channel": the channel and the week's nominal digest day (<see cref="WeeklyDigestSlot.Week"/>).
/// The store keeps it unique, so a restart, a misfire or a second instance finds the week already posted.
/// </summary>
public readonly record struct DigestKey
{
    public DigestKey(string channelId, DateOnly week)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ChannelId = channelId;
        Week = week;
    }

    public string ChannelId { get; }

    public DateOnly Week { get; }

    /// <summary>The key of a channel's digest for a scheduled slot.</summary>
    public static DigestKey For(string channelId, WeeklyDigestSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return new DigestKey(channelId, slot.Week);
    }

    /// <summary>"2026-11-30 19:abc@thread.tacv2": the week first, so keys sort by week.</summary>
    public override string ToString() => $"{Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {ChannelId}";
}
