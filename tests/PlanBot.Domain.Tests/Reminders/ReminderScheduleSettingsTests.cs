using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderScheduleSettingsTests
{
    [Fact]
    public void Default_IsFiveThreeSevenAtTen()
    {
        var settings = ReminderScheduleSettings.Default;

        Assert.Equal(5, settings.FirstReminderBusinessDaysBeforeEnd);
        Assert.Equal(3, settings.FollowUpBusinessDaysAfterEnd);
        Assert.Equal(7, settings.ManagerNoticeBusinessDaysAfterEnd);
        Assert.Equal(new TimeOnly(10, 0), settings.TimeOfDay);
        Assert.Empty(settings.Validate());
    }

    [Theory]
    [InlineData(0, 3, 7, "FirstReminderBusinessDaysBeforeEnd")]
    [InlineData(26, 3, 7, "FirstReminderBusinessDaysBeforeEnd")]
    [InlineData(5, 0, 7, "FollowUpBusinessDaysAfterEnd")]
    [InlineData(5, 3, 26, "ManagerNoticeBusinessDaysAfterEnd")]
    [InlineData(5, 7, 7, "must be greater than")]
    [InlineData(5, 8, 7, "must be greater than")]
    public void Validate_OutOfRange_NamesTheSetting(int before, int followUp, int notice, string expected)
    {
        var settings = new ReminderScheduleSettings
        {
            FirstReminderBusinessDaysBeforeEnd = before,
            FollowUpBusinessDaysAfterEnd = followUp,
            ManagerNoticeBusinessDaysAfterEnd = notice,
        };

        var error = Assert.Single(settings.Validate());
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
