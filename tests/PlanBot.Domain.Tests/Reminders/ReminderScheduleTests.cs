using CsCheck;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly ReminderSchedule Schedule = new(new BusinessCalendar(), ReminderScheduleSettings.Default);

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, Jst);

    private static FiscalQuarter Q(string code) => FiscalQuarter.Parse(code);

    private static readonly Gen<FiscalQuarter> Quarters = Gen.Select(Gen.Int[2000, 2098], Gen.Int[1, 4]).Select((year, quarter) => new FiscalQuarter(year, quarter));

    [Fact]
    public void For_2026Q3_EndingInTheYearEndBreak_IsDecember22AndJanuary6And13()
    {
        // 12/29–12/31 are the break: the last business days are 12/28 (1), 12/25, 12/24, 12/23, 12/22 (5).
        // After the end: 1/4 (1), 1/5, 1/6 (3), 1/7, 1/8, [1/11 成人の日], 1/12, 1/13 (7).
        Assert.Equal(
            [
                new ReminderScheduleEntry(Q("2026Q3"), ReminderScheduleStage.FirstReminder, At(2026, 12, 22)),
                new ReminderScheduleEntry(Q("2026Q3"), ReminderScheduleStage.FollowUp, At(2027, 1, 6)),
                new ReminderScheduleEntry(Q("2026Q3"), ReminderScheduleStage.ManagerNotice, At(2027, 1, 13)),
            ],
            Schedule.For(Q("2026Q3")));
    }

    [Fact]
    public void For_2026Q4_AcrossTheFiscalYearEnd_IsMarch25AndApril5And9()
    {
        // FY2026 Q4 is January–March 2027; it ends on Wednesday 2027-03-31, itself day 1 before the end.
        Assert.Equal(
            [
                new ReminderScheduleEntry(Q("2026Q4"), ReminderScheduleStage.FirstReminder, At(2027, 3, 25)),
                new ReminderScheduleEntry(Q("2026Q4"), ReminderScheduleStage.FollowUp, At(2027, 4, 5)),
                new ReminderScheduleEntry(Q("2026Q4"), ReminderScheduleStage.ManagerNotice, At(2027, 4, 9)),
            ],
            Schedule.For(Q("2026Q4")));
    }

    [Fact]
    public void For_2027Q1_IsJune24AndJuly5And9()
    {
        Assert.Equal(
            [
                new ReminderScheduleEntry(Q("2027Q1"), ReminderScheduleStage.FirstReminder, At(2027, 6, 24)),
                new ReminderScheduleEntry(Q("2027Q1"), ReminderScheduleStage.FollowUp, At(2027, 7, 5)),
                new ReminderScheduleEntry(Q("2027Q1"), ReminderScheduleStage.ManagerNotice, At(2027, 7, 9)),
            ],
            Schedule.For(Q("2027Q1")));
    }

    [Fact]
    public void InstantOf_Defaults_IsTenOClockJstThatIsOneUtc() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero), Schedule.InstantOf(Q("2026Q3"), ReminderScheduleStage.FirstReminder));

    [Fact]
    public void DateOf_2026Q2FirstReminderSixDaysBefore_SkipsTheSilverWeek()
    {
        // 9/30 (1), 9/29, 9/28, 9/25, 9/24 (5), then 9/23 秋分, 9/22 国民の休日, 9/21 敬老, the weekend: 9/18 (6).
        var schedule = new ReminderSchedule(new BusinessCalendar(), new ReminderScheduleSettings { FirstReminderBusinessDaysBeforeEnd = 6 });

        Assert.Equal(new DateOnly(2026, 9, 18), schedule.DateOf(Q("2026Q2"), ReminderScheduleStage.FirstReminder));
    }

    [Fact]
    public void DateOf_FY2025Q4ManagerNoticeLate_SkipsGoldenWeek()
    {
        // April 2026 has 20 business days after the 3/31 end up to 4/28; 4/29 昭和の日, 4/30 (21), 5/1 (22), 5/2–5/6 off, 5/7 (23).
        var schedule = new ReminderSchedule(new BusinessCalendar(), new ReminderScheduleSettings { ManagerNoticeBusinessDaysAfterEnd = 23 });

        Assert.Equal(new DateOnly(2026, 5, 7), schedule.DateOf(Q("2025Q4"), ReminderScheduleStage.ManagerNotice));
    }

    [Fact]
    public void InstantOf_CustomTimeOfDay_IsThatTimeInJapan()
    {
        var schedule = new ReminderSchedule(new BusinessCalendar(), new ReminderScheduleSettings { TimeOfDay = new TimeOnly(17, 30) });

        Assert.Equal(At(2027, 1, 6, 17, 30), schedule.InstantOf(Q("2026Q3"), ReminderScheduleStage.FollowUp));
    }

    [Fact]
    public void DateOf_QuarterEndingOnBusinessDay_CountsTheEndAsDayOne()
    {
        var schedule = new ReminderSchedule(new BusinessCalendar(), new ReminderScheduleSettings { FirstReminderBusinessDaysBeforeEnd = 1 });

        Assert.Equal(new DateOnly(2027, 3, 31), schedule.DateOf(Q("2026Q4"), ReminderScheduleStage.FirstReminder));
        Assert.Equal(new DateOnly(2026, 12, 28), schedule.DateOf(Q("2026Q3"), ReminderScheduleStage.FirstReminder));
    }

    [Theory]
    [InlineData("2026-11-15T12:00:00+09:00", "2026Q3", ReminderScheduleStage.FirstReminder)]
    [InlineData("2026-12-22T09:59:59+09:00", "2026Q3", ReminderScheduleStage.FirstReminder)]
    [InlineData("2026-12-22T10:00:00+09:00", "2026Q3", ReminderScheduleStage.FollowUp)] // strictly after
    [InlineData("2027-01-01T00:00:00+09:00", "2026Q3", ReminderScheduleStage.FollowUp)]
    [InlineData("2027-01-07T08:00:00+09:00", "2026Q3", ReminderScheduleStage.ManagerNotice)]
    [InlineData("2027-01-13T10:00:00+09:00", "2026Q4", ReminderScheduleStage.FirstReminder)]
    [InlineData("2027-03-25T10:00:00+09:00", "2026Q4", ReminderScheduleStage.FollowUp)]
    [InlineData("2027-04-09T10:00:00+09:00", "2027Q1", ReminderScheduleStage.FirstReminder)]
    public void NextAfter_Instant_IsTheFirstStageDueStrictlyAfterIt(string instant, string quarter, ReminderScheduleStage stage)
    {
        var next = Schedule.NextAfter(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Q(quarter), next.Quarter);
        Assert.Equal(stage, next.Stage);
        Assert.Equal(Schedule.InstantOf(Q(quarter), stage), next.At);
    }

    [Fact]
    public void NextAfter_RepeatedFromFY2026Start_VisitsEveryStageOfEveryQuarterInOrder()
    {
        var visited = new List<ReminderScheduleEntry>();
        var instant = At(2026, 4, 1, 0);
        while (visited.Count < 14)
        {
            var next = Schedule.NextAfter(instant);
            visited.Add(next);
            instant = next.At;
        }

        // FY2025 Q4's follow-up and notice come first, in April 2026.
        var expected = Schedule.For(Q("2025Q4")).Skip(1).Concat(new FiscalYear(2026).Quarters.SelectMany(Schedule.For)).ToList();
        Assert.Equal(expected, visited);
    }

    [Theory]
    [InlineData(ReminderScheduleStage.FirstReminder, "2026-12-22T10:00:00+09:00", "2026Q3")]
    [InlineData(ReminderScheduleStage.FollowUp, "2027-01-06T10:00:00+09:00", "2026Q3")] // fires in 2026Q4, belongs to 2026Q3
    [InlineData(ReminderScheduleStage.ManagerNotice, "2027-01-13T10:00:00+09:00", "2026Q3")]
    [InlineData(ReminderScheduleStage.FollowUp, "2027-01-20T15:00:00+09:00", "2026Q3")] // late after downtime
    [InlineData(ReminderScheduleStage.ManagerNotice, "2027-04-09T10:00:00+09:00", "2026Q4")]
    [InlineData(ReminderScheduleStage.FollowUp, "2027-04-05T09:59:00+09:00", "2026Q3")] // 2026Q4's not yet due
    public void QuarterOf_StageFiredAt_IsTheQuarterItWasScheduledFor(ReminderScheduleStage stage, string firedAt, string expected) =>
        Assert.Equal(Q(expected), Schedule.QuarterOf(stage, DateTimeOffset.Parse(firedAt, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Constructor_InvalidSettings_ThrowsWithTheReason()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ReminderSchedule(new BusinessCalendar(), new ReminderScheduleSettings { FollowUpBusinessDaysAfterEnd = 0 }));

        Assert.Contains(nameof(ReminderScheduleSettings.FollowUpBusinessDaysAfterEnd), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AnyQuarterAndValidSettings_FirstReminderInTheQuarterThenFollowUpThenManagerNoticeAfterIt()
    {
        var settings = Gen.Select(Gen.Int[1, ReminderScheduleSettings.MaxBusinessDays], Gen.Int[1, ReminderScheduleSettings.MaxBusinessDays - 1], Gen.Int[1, 24])
            .Select((before, followUp, gap) => new ReminderScheduleSettings
            {
                FirstReminderBusinessDaysBeforeEnd = before,
                FollowUpBusinessDaysAfterEnd = followUp,
                ManagerNoticeBusinessDaysAfterEnd = Math.Min(followUp + gap, ReminderScheduleSettings.MaxBusinessDays),
            });
        var calendar = new BusinessCalendar();

        Gen.Select(Quarters, settings).Sample((quarter, s) =>
        {
            var schedule = new ReminderSchedule(calendar, s);
            var first = schedule.DateOf(quarter, ReminderScheduleStage.FirstReminder);
            var followUp = schedule.DateOf(quarter, ReminderScheduleStage.FollowUp);
            var notice = schedule.DateOf(quarter, ReminderScheduleStage.ManagerNotice);

            Assert.True(quarter.Contains(first));
            Assert.Equal(s.FirstReminderBusinessDaysBeforeEnd, calendar.CountBusinessDays(first, quarter.End));
            Assert.True(followUp > quarter.End && notice > followUp);
            Assert.Equal(s.FollowUpBusinessDaysAfterEnd, calendar.CountBusinessDays(quarter.End.AddDays(1), followUp));
            foreach (var stage in Enum.GetValues<ReminderScheduleStage>())
            {
                Assert.Equal(quarter, schedule.QuarterOf(stage, schedule.InstantOf(quarter, stage)));
            }
        });
    }

    [Fact]
    public void NextAfter_AnyInstant_IsLaterAndNothingIsDueInBetween()
    {
        var instants = Gen.Long[At(2000, 6, 1).ToUnixTimeSeconds(), At(2098, 6, 1).ToUnixTimeSeconds()]
            .Select(seconds => DateTimeOffset.FromUnixTimeSeconds(seconds));

        instants.Sample(instant =>
        {
            var next = Schedule.NextAfter(instant);
            var quarter = FiscalQuarter.Of(instant);
            var nearby = new[] { quarter.Previous, quarter, quarter.Next }.SelectMany(Schedule.For);

            Assert.True(next.At > instant);
            Assert.DoesNotContain(nearby, entry => entry.At > instant && entry.At < next.At);
        });
    }
}
