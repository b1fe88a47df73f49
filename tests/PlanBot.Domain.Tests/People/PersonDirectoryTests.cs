using PlanBot.Domain.People;

namespace PlanBot.Domain.Tests.People;

public sealed class PersonDirectoryTests
{
    private static readonly PersonDirectory Roster = SamplePlan.Roster;

    [Fact]
    public void Match_KnownObjectIdWithOtherEmail_IsThePersonOfTheObjectId()
    {
        Assert.Equal(SamplePlan.Sangyo1, Roster.Match("11111111-1111-1111-1111-111111111111", "someone.else@example.jp"));
        Assert.Equal(SamplePlan.Sangyo1, Roster.Match("{11111111-1111-1111-1111-111111111111}", null));
    }

    [Fact]
    public void Match_UnknownObjectId_FallsBackToEmailInAnyCase()
    {
        Assert.Equal(SamplePlan.Chiiki1, Roster.Match("22222222-2222-2222-2222-222222222222", "Hanako@Example.JP"));
        Assert.Equal(SamplePlan.Chiiki1, Roster.Match(null, " hanako@example.jp "));
    }

    [Fact]
    public void Match_EmailOfAPersonRecordedWithAnotherObjectId_IsNobody()
    {
        Assert.Null(Roster.Match("22222222-2222-2222-2222-222222222222", SamplePlan.Sangyo1.Email));
    }

    [Fact]
    public void Match_NothingKnown_IsNobody()
    {
        Assert.Null(Roster.Match(null, "stranger@example.jp"));
        Assert.Null(Roster.Match(null, null));
    }

    [Fact]
    public void Managers_AreManagersAndAdmins()
    {
        Assert.Equal([SamplePlan.Sangyo2, SamplePlan.Admin], Roster.Managers);
        Assert.Equal([SamplePlan.Admin], Roster.Admins);
    }

    [Fact]
    public void MatchMembers_TeamMembers_ReportsMatchesStrangersAndPeopleNotFound()
    {
        var ichiro = new MemberIdentity("11111111-1111-1111-1111-111111111111", "ichiro@example.jp", "産業 一郎");
        var hanako = new MemberIdentity("33333333-3333-3333-3333-333333333333", "HANAKO@example.jp", "地域 花子");
        var stranger = new MemberIdentity("44444444-4444-4444-4444-444444444444", "stranger@example.jp", "Stranger");

        var report = Roster.MatchMembers([ichiro, hanako, stranger]);

        Assert.Equal([new MatchedMember(ichiro, SamplePlan.Sangyo1), new MatchedMember(hanako, SamplePlan.Chiiki1)], report.Matched);
        Assert.Equal([stranger], report.UnknownMembers);
        Assert.Equal([SamplePlan.Sangyo2, SamplePlan.Chiiki2, SamplePlan.Soumu, SamplePlan.Admin], report.PeopleNotFound);
    }

    [Fact]
    public void Constructor_SameEmailTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PersonDirectory([SamplePlan.Chiiki1, SamplePlan.Chiiki2 with { Email = "HANAKO@example.jp" }]));
    }
}
