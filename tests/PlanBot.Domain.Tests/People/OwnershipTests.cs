using PlanBot.Domain.People;

namespace PlanBot.Domain.Tests.People;

public sealed class OwnershipTests
{
    private static Ownership Resolve(params OwnerAssignment[] assignments) =>
        Ownership.Resolve(SamplePlan.Plan, SamplePlan.Roster, assignments);

    [Fact]
    public void OwnersOf_NoAssignments_IsEveryoneInTheInitiativesDepartment()
    {
        var ownership = Resolve();

        Assert.Equal([SamplePlan.Sangyo1, SamplePlan.Sangyo2], ownership.OwnersOf("1-1"));
        Assert.Equal([SamplePlan.Chiiki1, SamplePlan.Chiiki2], ownership.OwnersOf("5-2"));
        Assert.Equal([SamplePlan.Admin], ownership.OwnersOf("20-1"));
    }

    [Fact]
    public void OwnersOf_SubThemeAssignment_ReplacesTheDepartmentForThatSubThemeOnly()
    {
        var ownership = Resolve(new OwnerAssignment(5, 2, SamplePlan.Chiiki1.Email));

        Assert.Equal([SamplePlan.Chiiki1], ownership.OwnersOf("5-2"));
        Assert.Equal([SamplePlan.Chiiki1, SamplePlan.Chiiki2], ownership.OwnersOf("5-1"));
    }

    [Fact]
    public void OwnersOf_InitiativeAndSubThemeAssignments_AreCombined()
    {
        var ownership = Resolve(new OwnerAssignment(17, null, SamplePlan.Soumu.Email), new OwnerAssignment(17, 2, SamplePlan.Admin.Email));

        Assert.Equal([SamplePlan.Soumu], ownership.OwnersOf("17-1"));
        Assert.Equal([SamplePlan.Soumu, SamplePlan.Admin], ownership.OwnersOf("17-2"));
    }

    [Fact]
    public void Unowned_NoAssignments_ListsInitiativesWithoutDepartmentAndDepartmentsWithoutPeople()
    {
        var ownership = Resolve();

        Assert.Equal(
            [("13-1", UnownedReason.NobodyInDepartment), ("15-1", UnownedReason.NoDepartment), ("17-1", UnownedReason.NoDepartment), ("17-2", UnownedReason.NoDepartment)],
            ownership.Unowned.Select(u => (u.SubThemeKey, u.Reason)));
        Assert.Equal(new UnownedSubTheme("17-1", 17, "広報・情報発信の強化", "【広報】", null, UnownedReason.NoDepartment), ownership.Unowned[2]);
    }

    [Fact]
    public void Unowned_AssignedSubTheme_IsNoLongerListed()
    {
        var ownership = Resolve(new OwnerAssignment(15, null, SamplePlan.Soumu.Email), new OwnerAssignment(17, 1, SamplePlan.Soumu.Email));

        Assert.Equal(["13-1", "17-2"], ownership.Unowned.Select(u => u.SubThemeKey));
    }

    [Fact]
    public void Resolve_AssignmentToSomeoneOffTheRosterOrAGonePart_IsStaleAndIgnored()
    {
        var gone = new OwnerAssignment(15, null, "left@example.jp");
        var removedPart = new OwnerAssignment(5, 9, SamplePlan.Chiiki1.Email);

        var ownership = Resolve(gone, removedPart);

        Assert.Equal([gone, removedPart], ownership.StaleAssignments);
        Assert.Empty(ownership.OwnersOf("15-1"));
        Assert.Equal([SamplePlan.Chiiki1, SamplePlan.Chiiki2], ownership.OwnersOf("5-3"));
    }

    [Fact]
    public void SubThemesOf_PersonByEmailInAnyCase_AreTheirSubThemesInPlanOrder()
    {
        var ownership = Resolve(new OwnerAssignment(15, null, SamplePlan.Chiiki1.Email));

        Assert.Equal(["5-1", "5-2", "5-3", "15-1"], ownership.SubThemesOf(SamplePlan.Chiiki1 with { Email = "HANAKO@EXAMPLE.JP" }).Select(s => s.Key));
        Assert.True(ownership.IsOwner(SamplePlan.Chiiki1, "15-1"));
        Assert.False(ownership.IsOwner(SamplePlan.Chiiki2, "15-1"));
    }

    [Fact]
    public void Owners_AreEachOwnerOnceInPlanOrder()
    {
        Assert.Equal(
            [SamplePlan.Sangyo1, SamplePlan.Sangyo2, SamplePlan.Chiiki1, SamplePlan.Chiiki2, SamplePlan.Soumu, SamplePlan.Admin],
            Resolve().Owners);
    }
}
