using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderCycleTests
{
    private static readonly DateTimeOffset Opened = new(2026, 12, 22, 10, 0, 0, TimeSpan.FromHours(9));

    private static readonly Ownership Ownership = Ownership.Resolve(SamplePlan.Plan, SamplePlan.Roster, [new OwnerAssignment(15, null, SamplePlan.Chiiki1.Email)]);

    private static ReminderPlan Plan(string quarter = "2026Q3") =>
        ReminderPlanner.Plan(SamplePlan.Plan, Ownership, FiscalQuarter.Parse(quarter), []);

    private static ReminderCycle OpenCycle() => ReminderCycle.Open(null, Plan(), Opened).Cycle!;

    private static ProgressSubmission Answer(Person by, DateTimeOffset at, params string[] keys) =>
        new(SubmissionId.New(), FiscalQuarter.Parse("2026Q3"), by.Email, at,
            keys.Select(k => new ProgressReport(k, FiscalQuarter.Parse("2026Q3"), ProgressStatus.OnTrack, 50, null, by.Email, at)).ToArray());

    private static CardDelivery Delivered(string activityId) => new("a:1:1", activityId, Opened.AddMinutes(1));

    [Fact]
    public void Open_NoCycleYet_OpensOneWithACardPerOwnerListingTheirItems()
    {
        var opening = ReminderCycle.Open(null, Plan(), Opened);

        Assert.Equal(ReminderCycleOpeningOutcome.Opened, opening.Outcome);
        var cycle = opening.Cycle!;
        Assert.Equal((FiscalQuarter.Parse("2026Q3"), ReminderCycleState.Open, Opened), (cycle.Quarter, cycle.State, cycle.OpenedAt));
        Assert.Equal(
            [
                new CycleRecipient(SamplePlan.Sangyo1, ["1-1"]),
                new CycleRecipient(SamplePlan.Sangyo2, ["1-1"]),
                new CycleRecipient(SamplePlan.Chiiki1, ["5-1", "5-2", "15-1"]),
                new CycleRecipient(SamplePlan.Chiiki2, ["5-1", "5-2"]),
                new CycleRecipient(SamplePlan.Soumu, ["14-1"]),
                new CycleRecipient(SamplePlan.Admin, ["20-1"]),
            ],
            cycle.Recipients,
            RecipientComparer.Instance);
        Assert.Equal(6, cycle.PendingCards.Count);
    }

    [Fact]
    public void Open_CycleAlreadyThere_SendsNothingNewEvenAfterItClosed()
    {
        var existing = OpenCycle();
        existing.RecordCardSent(SamplePlan.Sangyo1.Email, Delivered("1"));
        existing.Close(Opened.AddDays(90));

        var refire = ReminderCycle.Open(existing, Plan(), Opened.AddHours(1));

        Assert.Equal(ReminderCycleOpeningOutcome.AlreadyOpened, refire.Outcome);
        Assert.Same(existing, refire.Cycle);
        Assert.Empty(existing.PendingCards);
    }

    [Fact]
    public void Open_ExistingCycleOfAnotherQuarter_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReminderCycle.Open(OpenCycle(), Plan("2026Q4"), Opened));
    }

    [Fact]
    public void Open_QuarterAfterThePlan_OpensNothing()
    {
        Assert.Equal(new ReminderCycleOpening(ReminderCycleOpeningOutcome.NothingToAsk, null), ReminderCycle.Open(null, Plan("2027Q1"), Opened));
    }

    [Fact]
    public void PendingCards_AfterSomeSends_AreTheOwnersNotYetDelivered()
    {
        var cycle = OpenCycle();

        cycle.RecordCardSent("ICHIRO@example.jp", Delivered("1"));
        cycle.RecordCardSent(SamplePlan.Chiiki1.Email, Delivered("2"));

        Assert.Equal([SamplePlan.Sangyo2, SamplePlan.Chiiki2, SamplePlan.Soumu, SamplePlan.Admin], cycle.PendingCards.Select(r => r.Owner));
        Assert.Equal(Delivered("2"), cycle.RecipientFor("hanako@example.jp")!.Card);
    }

    [Fact]
    public void RecordCardSent_SomeoneNotAsked_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => OpenCycle().RecordCardSent("stranger@example.jp", Delivered("1")));
    }

    [Fact]
    public void StartFollowUp_SomeAnswered_ChoosesOnlyOwnersWithAnUnansweredItem()
    {
        var cycle = OpenCycle();

        // 花子 answers 5-1 and 15-1, 次郎 (same department) answers 5-2: both are done. 一郎 answers 1-1 for 二郎 too.
        cycle.RecordAnswers(Answer(SamplePlan.Chiiki1, Opened.AddDays(1), "5-1", "15-1"));
        cycle.RecordAnswers(Answer(SamplePlan.Chiiki2, Opened.AddDays(1), "5-2"));
        cycle.RecordAnswers(Answer(SamplePlan.Sangyo1, Opened.AddDays(1), "1-1"));

        Assert.True(cycle.StartFollowUp(Opened.AddDays(15)));
        Assert.Equal(
            [new UnansweredOwner(SamplePlan.Soumu, ["14-1"]), new UnansweredOwner(SamplePlan.Admin, ["20-1"])],
            cycle.PendingFollowUps,
            UnansweredComparer.Instance);
        Assert.Equal(Opened.AddDays(15), cycle.FollowUpStartedAt);
    }

    [Fact]
    public void StartFollowUp_PartlyAnswered_ListsJustTheUnansweredItems()
    {
        var cycle = OpenCycle();
        cycle.RecordAnswers(Answer(SamplePlan.Chiiki1, Opened.AddDays(1), "5-1"));

        cycle.StartFollowUp(Opened.AddDays(15));

        Assert.Equal(["5-2", "15-1"], cycle.PendingFollowUps.Single(u => u.Owner == SamplePlan.Chiiki1).SubThemeKeys);
        Assert.Equal(["5-2"], cycle.PendingFollowUps.Single(u => u.Owner == SamplePlan.Chiiki2).SubThemeKeys);
    }

    [Fact]
    public void StartFollowUp_ReFired_DoesNothingAndKeepsTheFirstChoice()
    {
        var cycle = OpenCycle();
        cycle.StartFollowUp(Opened.AddDays(15));
        cycle.RecordFollowUpSent(SamplePlan.Soumu.Email, Delivered("f1"));

        Assert.False(cycle.StartFollowUp(Opened.AddDays(16)));
        Assert.Equal(Opened.AddDays(15), cycle.FollowUpStartedAt);
        Assert.DoesNotContain(cycle.PendingFollowUps, u => u.Owner == SamplePlan.Soumu);
        Assert.Equal(5, cycle.PendingFollowUps.Count);
    }

    [Fact]
    public void PendingFollowUps_OwnerAnswersBeforeTheFollowUpIsDelivered_DropsThem()
    {
        var cycle = OpenCycle();
        cycle.StartFollowUp(Opened.AddDays(15));

        cycle.RecordAnswers(Answer(SamplePlan.Soumu, Opened.AddDays(15).AddMinutes(5), "14-1"));

        Assert.DoesNotContain(cycle.PendingFollowUps, u => u.Owner == SamplePlan.Soumu);
    }

    [Fact]
    public void RecordFollowUpSent_OwnerNotChosen_Throws()
    {
        var cycle = OpenCycle();
        cycle.RecordAnswers(Answer(SamplePlan.Soumu, Opened.AddDays(1), "14-1"));
        cycle.StartFollowUp(Opened.AddDays(15));

        Assert.Throws<InvalidOperationException>(() => cycle.RecordFollowUpSent(SamplePlan.Soumu.Email, Delivered("f")));
    }

    [Fact]
    public void IssueManagerNotice_ListsWhoHasNotAnsweredByDepartmentOnce()
    {
        var cycle = OpenCycle();
        cycle.RecordAnswers(Answer(SamplePlan.Sangyo2, Opened.AddDays(1), "1-1"));
        cycle.RecordAnswers(Answer(SamplePlan.Chiiki1, Opened.AddDays(1), "5-1", "5-2"));

        var notice = cycle.IssueManagerNotice(Opened.AddDays(20))!;

        Assert.Equal(FiscalQuarter.Parse("2026Q3"), notice.Quarter);
        Assert.Equal(
            [
                ("地域共創部", "hanako@example.jp", "15-1"),
                ("総務国際部", "saburo@example.jp", "14-1"),
                ("経営企画室", "admin@example.jp", "20-1"),
            ],
            notice.Departments.SelectMany(d => d.Owners.Select(o => (d.Department, o.Owner.Email, string.Join(",", o.SubThemeKeys)))));
        Assert.Null(cycle.IssueManagerNotice(Opened.AddDays(21)));
        Assert.Equal(Opened.AddDays(20), cycle.ManagerNoticeIssuedAt);
    }

    [Fact]
    public void IssueManagerNotice_EveryoneAnswered_SaysSo()
    {
        var cycle = OpenCycle();
        foreach (var recipient in cycle.Recipients.ToArray())
        {
            cycle.RecordAnswers(Answer(recipient.Owner, Opened.AddDays(1), [.. recipient.SubThemeKeys]));
        }

        Assert.True(cycle.IssueManagerNotice(Opened.AddDays(20))!.EveryoneAnswered);
        Assert.Empty(cycle.UnansweredOwners);
    }

    [Fact]
    public void Close_ClosedCycle_RefusesAnswersAndRunsNoStage()
    {
        var cycle = OpenCycle();
        cycle.Close(Opened.AddDays(90));
        cycle.Close(Opened.AddDays(91));

        Assert.Equal((ReminderCycleState.Closed, Opened.AddDays(90)), (cycle.State, cycle.ClosedAt));
        Assert.Throws<InvalidOperationException>(() => cycle.RecordAnswers(Answer(SamplePlan.Soumu, Opened.AddDays(92), "14-1")));
        Assert.False(cycle.StartFollowUp(Opened.AddDays(92)));
        Assert.Null(cycle.IssueManagerNotice(Opened.AddDays(92)));
        Assert.Empty(cycle.PendingCards);
    }

    [Fact]
    public void RecordAnswers_ItemNotTheirs_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => OpenCycle().RecordAnswers(Answer(SamplePlan.Soumu, Opened.AddDays(1), "5-1")));
    }

    [Fact]
    public void RecordAnswers_OtherQuarter_Throws()
    {
        var submission = Answer(SamplePlan.Soumu, Opened.AddDays(1), "14-1") with { Quarter = FiscalQuarter.Parse("2026Q2") };

        Assert.Throws<InvalidOperationException>(() => OpenCycle().RecordAnswers(submission));
    }

    [Fact]
    public void RecordAnswers_OlderSubmissionRedeliveredAfterANewerOne_KeepsTheNewer()
    {
        var cycle = OpenCycle();
        var older = Answer(SamplePlan.Chiiki1, Opened.AddDays(1), "5-1");
        var newer = Answer(SamplePlan.Chiiki2, Opened.AddDays(2), "5-1");

        cycle.RecordAnswers(older);
        cycle.RecordAnswers(newer);
        cycle.RecordAnswers(older);

        Assert.Equal(new ItemAnswer("5-1", SamplePlan.Chiiki2.Email, newer.Id, Opened.AddDays(2)), Assert.Single(cycle.Answers));
    }

    [Fact]
    public void Restore_StoredState_BehavesLikeTheOriginal()
    {
        var original = OpenCycle();
        original.RecordCardSent(SamplePlan.Soumu.Email, Delivered("1"));
        original.RecordAnswers(Answer(SamplePlan.Soumu, Opened.AddDays(1), "14-1"));
        original.StartFollowUp(Opened.AddDays(15));

        var restored = ReminderCycle.Restore(
            original.Quarter, original.State, original.OpenedAt, original.ClosedAt, original.FollowUpStartedAt,
            original.ManagerNoticeIssuedAt, original.Recipients, original.Answers);

        Assert.False(restored.StartFollowUp(Opened.AddDays(16)));
        Assert.Equal(original.PendingCards, restored.PendingCards);
        Assert.Equal(original.PendingFollowUps.Select(u => u.Owner), restored.PendingFollowUps.Select(u => u.Owner));
        Assert.True(restored.IsAnswered("14-1"));
    }

    [Fact]
    public void Restore_SameOwnerTwice_Throws()
    {
        CycleRecipient[] twice = [new(SamplePlan.Soumu, ["14-1"]), new(SamplePlan.Soumu with { Email = "SABURO@example.jp" }, ["14-1"])];

        Assert.Throws<ArgumentException>(() => ReminderCycle.Restore(FiscalQuarter.Parse("2026Q3"), ReminderCycleState.Open, Opened, null, null, null, twice, []));
    }

    /// <summary>Records with list members compare lists by reference; compare their contents.</summary>
    private sealed class RecipientComparer : IEqualityComparer<CycleRecipient>
    {
        public static RecipientComparer Instance { get; } = new();

        public bool Equals(CycleRecipient? x, CycleRecipient? y) =>
            x is not null && y is not null
            && (x.Owner, x.Card, x.FollowUpDue, x.FollowUpCard) == (y.Owner, y.Card, y.FollowUpDue, y.FollowUpCard)
            && x.SubThemeKeys.SequenceEqual(y.SubThemeKeys);

        public int GetHashCode(CycleRecipient obj) => obj.Owner.GetHashCode();
    }

    private sealed class UnansweredComparer : IEqualityComparer<UnansweredOwner>
    {
        public static UnansweredComparer Instance { get; } = new();

        public bool Equals(UnansweredOwner? x, UnansweredOwner? y) =>
            x is not null && y is not null && x.Owner == y.Owner && x.SubThemeKeys.SequenceEqual(y.SubThemeKeys);

        public int GetHashCode(UnansweredOwner obj) => obj.Owner.GetHashCode();
    }
}
