using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;

namespace PlanBot.Domain.Tests.Digest;

public sealed class DigestKeyTests
{
    private const string Channel = "19:abc@thread.tacv2";

    private static readonly WeeklyDigestSchedule Schedule = new(new BusinessCalendar());

    [Fact]
    public void For_HolidayMondayMovedToTuesday_IsKeyedByTheWeeksMonday()
    {
        // 2026-11-23 is 勤労感謝の日: the digest goes out on Tuesday but belongs to the week of Monday the 23rd.
        var slot = Schedule.ForWeekOf(new DateOnly(2026, 11, 25))!;

        var key = DigestKey.For(Channel, slot);

        Assert.Equal(new DateOnly(2026, 11, 24), JapanTime.DateOf(slot.At));
        Assert.Equal(new DigestKey(Channel, new DateOnly(2026, 11, 23)), key);
        Assert.Equal("2026-11-23 19:abc@thread.tacv2", key.ToString());
    }

    [Fact]
    public void For_AnyDayOfTheSameWeek_GivesTheSameKey()
    {
        var monday = DigestKey.For(Channel, Schedule.ForWeekOf(new DateOnly(2026, 11, 30))!);
        var friday = DigestKey.For(Channel, Schedule.ForWeekOf(new DateOnly(2026, 12, 4))!);

        Assert.Equal(monday, friday);
        Assert.NotEqual(monday, DigestKey.For(Channel, Schedule.ForWeekOf(new DateOnly(2026, 12, 7))!));
        Assert.NotEqual(monday, DigestKey.For("19:other@thread.tacv2", Schedule.ForWeekOf(new DateOnly(2026, 11, 30))!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankChannel_Throws(string channel)
    {
        Assert.ThrowsAny<ArgumentException>(() => new DigestKey(channel, new DateOnly(2026, 11, 30)));
    }
}
