using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;

namespace PlanBot.Domain.Tests.People;

public sealed class RosterCheckTests
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);

    private static readonly MemberIdentity Ichiro = new(SamplePlan.Sangyo1.AadObjectId, null, "産業 一郎");

    private static readonly MemberIdentity Hanako = new(null, "HANAKO@example.jp", "地域 花子");

    private static readonly MemberIdentity Stranger = new("99999999-9999-9999-9999-999999999999", "stranger@example.jp", "部外 者");

    [Fact]
    public void Build_MembersOfTwoTeams_EachMemberCountedOnceAndBothSidesListed()
    {
        var check = Build([new TeamMemberList("A", [Ichiro, Stranger]), new TeamMemberList("B", [Hanako, Stranger with { Email = "Stranger@Example.jp" }])]);

        Assert.Equal(SamplePlan.Roster.People.Count, check.RosterCount);
        Assert.Equal(2, check.FoundCount);
        Assert.Equal(["A", "B"], check.TeamsSearched);
        Assert.Empty(check.TeamsNotSearched);
        Assert.Equal([Stranger], check.UnknownMembers.Items);
        Assert.Equal(
            SamplePlan.Roster.People.Where(p => p != SamplePlan.Sangyo1 && p != SamplePlan.Chiiki1),
            check.PeopleNotFound.Items);
        Assert.True(check.HasFindings);
    }

    [Fact]
    public void Build_PersonWithA1To1Chat_IsNotListedAsNotFound()
    {
        var check = Build([new TeamMemberList("A", [Hanako])], hasPersonalChat: p => p == SamplePlan.Sangyo1);

        Assert.DoesNotContain(SamplePlan.Sangyo1, check.PeopleNotFound.Items);
        Assert.DoesNotContain(SamplePlan.Chiiki1, check.PeopleNotFound.Items);
        Assert.Equal(2, check.FoundCount);
    }

    [Fact]
    public void Build_TeamThatCouldNotBeRead_NamedAsNotSearchedAndItsMembersNotCounted()
    {
        var check = Build([new TeamMemberList("A", [Ichiro]), new TeamMemberList("壊れたチーム", null)]);

        Assert.Equal(["A"], check.TeamsSearched);
        Assert.Equal(["壊れたチーム"], check.TeamsNotSearched);
        Assert.False(check.NoTeamSearched);
        Assert.True(check.HasFindings);
    }

    [Fact]
    public void Build_NoTeams_NobodyListedAsNotFoundAndTheCheckSaysSo()
    {
        var check = Build([]);

        Assert.True(check.NoTeams);
        Assert.True(check.NoTeamSearched);
        Assert.True(check.PeopleNotFound.IsEmpty);
        Assert.True(check.UnknownMembers.IsEmpty);
        Assert.Equal(0, check.FoundCount);
        Assert.True(check.HasFindings);
    }

    [Fact]
    public void Build_EveryTeamFailed_NotNoTeamsButNothingSearched()
    {
        var check = Build([new TeamMemberList("A", null)]);

        Assert.False(check.NoTeams);
        Assert.True(check.NoTeamSearched);
        Assert.True(check.PeopleNotFound.IsEmpty);
    }

    [Fact]
    public void Build_EveryoneMatchedEverythingOwnedAndDelivered_NoFindings()
    {
        var people = new PersonDirectory([SamplePlan.Sangyo1, SamplePlan.Chiiki1]);
        var members = people.People.Select(p => new MemberIdentity(p.AadObjectId, p.Email, p.Name)).ToArray();

        var check = RosterCheckReport.Build(people, [new TeamMemberList("A", members)], _ => false, null, Q3, [], RosterCheckLimits.Default);

        Assert.False(check.HasFindings);
        Assert.Equal(2, check.FoundCount);
    }

    [Fact]
    public void Build_Unowned_ComesFromOwnership()
    {
        var ownership = Ownership.Resolve(SamplePlan.Plan, SamplePlan.Roster, []);

        var check = Build([new TeamMemberList("A", [Ichiro])], ownership: ownership);

        Assert.Equal(ownership.Unowned, check.Unowned!.Items);
        Assert.Contains(check.Unowned.Items, u => u.Reason == UnownedReason.NoDepartment && u.InitiativeNumber == 15);
    }

    [Fact]
    public void Build_Undelivered_OnlyFindingStillReported()
    {
        var people = new PersonDirectory([SamplePlan.Sangyo1]);
        var members = new[] { new MemberIdentity(SamplePlan.Sangyo1.AadObjectId, null, "x") };

        var check = RosterCheckReport.Build(people, [new TeamMemberList("A", members)], _ => false, null, Q3,
            [new UndeliveredCard(SamplePlan.Sangyo1, UndeliveredReason.Retrying)], RosterCheckLimits.Default);

        Assert.True(check.HasFindings);
        Assert.Equal(Q3, check.CycleQuarter);
        Assert.Equal(UndeliveredReason.Retrying, Assert.Single(check.Undelivered.Items).Reason);
    }

    [Theory]
    [InlineData(UndeliveredReason.Waiting, UndeliveredReason.NotFoundInTeams)]
    [InlineData(UndeliveredReason.Retrying, UndeliveredReason.NotFoundInTeams)]
    [InlineData(UndeliveredReason.GivenUp, UndeliveredReason.GivenUp)]
    public void Build_UndeliveredOwnerInNoTeam_SaysTeamsDoesNotKnowThemUnlessGivenUp(UndeliveredReason outbox, UndeliveredReason shown)
    {
        var people = new PersonDirectory([SamplePlan.Sangyo1, SamplePlan.Chiiki1]);
        var members = new[] { new MemberIdentity(SamplePlan.Sangyo1.AadObjectId, null, "x") };
        UndeliveredCard[] undelivered = [new(SamplePlan.Sangyo1, UndeliveredReason.Retrying), new(SamplePlan.Chiiki1 with { Email = SamplePlan.Chiiki1.Email.ToUpperInvariant() }, outbox)];

        var check = RosterCheckReport.Build(people, [new TeamMemberList("A", members)], _ => false, null, Q3, undelivered, RosterCheckLimits.Default);

        Assert.Equal([UndeliveredReason.Retrying, shown], check.Undelivered.Items.Select(u => u.Reason));
    }

    [Fact]
    public void Build_ThousandUnknownMembers_KeepsTheFirstAndCountsAll()
    {
        var members = Enumerable.Range(1, 1000).Select(i => new MemberIdentity(null, $"user{i}@example.jp", $"利用者 {i}")).ToArray();

        var check = Build([new TeamMemberList("A", members)], limits: new RosterCheckLimits { MaxListItems = 7 });

        Assert.Equal(7, check.UnknownMembers.Items.Count);
        Assert.Equal(1000, check.UnknownMembers.Total);
        Assert.Equal(993, check.UnknownMembers.More);
        Assert.Equal("user1@example.jp", check.UnknownMembers.Items[0].Email);
    }

    private static RosterCheckReport Build(
        IReadOnlyList<TeamMemberList> teams,
        Func<Person, bool>? hasPersonalChat = null,
        Ownership? ownership = null,
        RosterCheckLimits? limits = null) =>
        RosterCheckReport.Build(SamplePlan.Roster, teams, hasPersonalChat ?? (_ => false), ownership, null, [], limits ?? RosterCheckLimits.Default);
}
