using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.Tests.Cards;

namespace PlanBot.Teams.Tests.Reminders;

public sealed class ReminderCardComposerTests
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);

    private static readonly DateTimeOffset Opened = new(2026, 12, 22, 10, 0, 0, TimeSpan.FromHours(9));

    private static readonly ActionPlan Plan = new(
        "中期行動計画",
        [PlanPeriod.YearActions(2026), PlanPeriod.YearKgi(2026)],
        [new Strategy(1, "戦略", [
            new Initiative(5, "農業の振興", "地域共創部", 1,
            [
                new SubTheme(5, 1, "①域外企業の農業参入促進",
                [
                    new PlanCell(PlanPeriod.YearActions(2026), [new PlanItem(PlanItemMarker.Action, "参入セミナーを開催")]),
                    new PlanCell(PlanPeriod.YearKgi(2026), [new PlanItem(PlanItemMarker.None, "参入企業 5社")]),
                ]),
                new SubTheme(5, 2, "②販路拡大", [new PlanCell(PlanPeriod.YearActions(2026), [new PlanItem(PlanItemMarker.Action, "商談会")])]),
            ]),
        ])]);

    private static readonly Person Suzuki = new("鈴木 花子", "suzuki@example.jp", null, "地域共創部", PersonRole.Manager);
    private static readonly Person Ito = new("伊藤 四郎", "ito@example.jp", null, "地域共創部", PersonRole.Member);
    private static readonly PersonDirectory People = new([Suzuki, Ito]);

    private readonly ReminderCardComposer composer = new(new ReminderSchedule(new BusinessCalendar(), ReminderScheduleSettings.Default), new BusinessCalendar());

    private static ReminderCycle Cycle() =>
        ReminderCycle.Open(null, ReminderPlanner.Plan(Plan, Ownership.Resolve(Plan, People, []), Q3, []), Opened).Cycle!;

    private static ReminderCardRequest Card(params string[] keys) => new(Q3, "2026Q3:follow-up:ito@example.jp:1", Ito.Name, keys);

    [Fact]
    public void DeadlineOf_2026Q3_TheBusinessDayBeforeTheFollowUp()
    {
        // The follow-up goes out on 2027-01-06, the third business day after the year-end break.
        Assert.Equal(new DateOnly(2027, 1, 5), composer.DeadlineOf(Q3));
    }

    [Fact]
    public void Compose_ReportsBeforeAndDuringTheQuarter_ShowsTheLastEarlierAsLastReportAndThisQuartersAsCurrent()
    {
        ProgressReport[] reports =
        [
            new("5-1", new FiscalQuarter(2026, 1), ProgressStatus.OnTrack, 30, null, "ito@example.jp", new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)),
            new("5-1", new FiscalQuarter(2026, 2), ProgressStatus.AtRisk, 40, "遅れ気味", "ito@example.jp", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
            new("5-1", Q3, ProgressStatus.OnTrack, 60, "挽回", "suzuki@example.jp", new DateTimeOffset(2026, 12, 23, 0, 0, 0, TimeSpan.Zero)),
            new("5-1", new FiscalQuarter(2026, 4), ProgressStatus.Completed, 100, null, "ito@example.jp", new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)),
        ];
        var card = Card("5-1", "99-9") with { Part = new ReminderCardPart(1, 2), RefreshUserId = "29:ito" };

        var model = composer.Compose(new ReminderCardSource(Plan, reports, People), card, cycle: null);

        var item = Assert.Single(model.Items);
        Assert.Equal("5-1", item.SubThemeKey);
        Assert.Equal(["■参入セミナーを開催"], item.Plan[0].Lines);
        Assert.Equal(PlanPeriod.YearKgi(2026), item.Plan[1].Period);
        Assert.Equal((ProgressStatus.AtRisk, 40, new FiscalQuarter(2026, 2)), (item.LastReport!.Status, item.LastReport.PercentComplete, item.LastReport.Quarter));
        Assert.Equal(("鈴木 花子", 60), (item.CurrentAnswer!.ReporterName, item.CurrentAnswer.PercentComplete));
        Assert.Equal("2026Q3", model.CycleId);
        Assert.Equal("2026Q3:follow-up:ito@example.jp:1", model.CardId);
        Assert.Equal("29:ito", model.RefreshUserId);
        Assert.Equal((1, 2), (model.Part!.Number, model.Part.Count));
        Assert.Equal("伊藤 四郎", model.PersonName);
        Assert.Null(model.Record);
        Assert.False(model.IsClosed);
    }

    [Fact]
    public void Compose_KeysOutOfOrderOrTwice_DrawsEachOnceInPlanOrderWithoutAnEmptyColumn()
    {
        var model = composer.Compose(new ReminderCardSource(Plan, [], People), Card("5-2", "5-1", "5-2"), cycle: null);

        Assert.Equal(["5-1", "5-2"], model.Items.Select(i => i.SubThemeKey));
        // 5-2 has no KGI for FY2026: the card shows no empty heading for it.
        Assert.Equal([PlanPeriod.YearActions(2026)], model.Items[1].Plan.Select(p => p.Period));
    }

    [Fact]
    public void Compose_CycleWithAnAnswerOnTheCard_ShowsWhoRecordedItLast()
    {
        var cycle = Cycle();
        var at = Opened.AddDays(1);
        cycle.RecordAnswers(new ProgressSubmission(new SubmissionId("a-1"), Q3, Suzuki.Email, at, [new ProgressReport("5-2", Q3, ProgressStatus.OnTrack, 50, null, Suzuki.Email, at)]));

        var onCard = composer.Compose(new ReminderCardSource(Plan, [], People), Card("5-1", "5-2"), cycle);
        var elsewhere = composer.Compose(new ReminderCardSource(Plan, [], People), Card("5-1"), cycle);

        Assert.Equal(new ReminderCardRecord("鈴木 花子", at), onCard.Record);
        Assert.Null(elsewhere.Record);
    }

    [Fact]
    public void Compose_ClosedCycle_DrawsTheClosedCard()
    {
        var cycle = Cycle();
        cycle.Close(Opened.AddDays(30));

        Assert.True(composer.Compose(new ReminderCardSource(Plan, [], People), Card("5-1"), cycle).IsClosed);
    }

    [AdaptiveCardSchemaFact]
    public void Compose_ThenBuild_ValidAdaptiveCard15()
    {
        var model = composer.Compose(new ReminderCardSource(Plan, [], People), Card("5-1", "5-2"), Cycle());

        AdaptiveCardSchema.Shared.AssertValid(ReminderCard.Build(model));
    }
}
