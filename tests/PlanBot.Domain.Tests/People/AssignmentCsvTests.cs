using PlanBot.Domain.People;

namespace PlanBot.Domain.Tests.People;

public sealed class AssignmentCsvTests
{
    private const string Header = "initiative,subtheme,email";

    private static CsvImport<OwnerAssignment> Parse(string text) => AssignmentCsv.Parse(text, SamplePlan.Plan, SamplePlan.Roster);

    [Theory]
    [InlineData("5,①,hanako@example.jp", 5, 1)]
    [InlineData("5,②,hanako@example.jp", 5, 2)]
    [InlineData("5,①域外企業,hanako@example.jp", 5, 1)]
    [InlineData("5,③スマート農業モデル構築と耕作放棄地活用モデル構築,hanako@example.jp", 5, 3)]
    [InlineData("5,域外企業の農業参入促進,hanako@example.jp", 5, 1)]
    [InlineData("5,\"②地域企業による地域農業への、人的支援、副業認可、農業参入モデル作り\",hanako@example.jp", 5, 2)]
    [InlineData("5,スマート農業,hanako@example.jp", 5, 3)]
    [InlineData("5,3,hanako@example.jp", 5, 3)]
    [InlineData("５,２,hanako@example.jp", 5, 2)]
    [InlineData("17,情報発信,saburo@example.jp", 17, 2)]
    [InlineData("17,【広報】,saburo@example.jp", 17, 1)]
    [InlineData("15,,Saburo@Example.jp", 15, null)]
    [InlineData("1,1,ichiro@example.jp", 1, 1)]
    public void Parse_SubThemeByLabelNumberOrIndex_FindsIt(string row, int initiative, int? index)
    {
        var result = Parse($"\uFEFF{Header}\r\n{row}\r\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var assignment = Assert.Single(result.Rows);
        Assert.Equal((initiative, index), (assignment.InitiativeNumber, assignment.SubThemeIndex));
    }

    [Fact]
    public void Parse_EmailInAnotherCase_KeepsTheRostersSpelling()
    {
        var result = Parse($"{Header}\n15,,SABURO@EXAMPLE.JP\n");

        Assert.Equal(new OwnerAssignment(15, null, "saburo@example.jp"), Assert.Single(result.Rows));
    }

    [Theory]
    [InlineData("99,,hanako@example.jp", "The plan has no initiative '99' (it has 1–20).")]
    [InlineData("x,,hanako@example.jp", "The plan has no initiative 'x'")]
    [InlineData(",①,hanako@example.jp", "The initiative number is missing.")]
    [InlineData("5,④,hanako@example.jp", "Initiative 5 has no sub-theme '④'; its sub-themes are 1 '①域外企業の農業参入促進'")]
    [InlineData("5,4,hanako@example.jp", "Initiative 5 has no sub-theme '4'")]
    [InlineData("5,漁業,hanako@example.jp", "Initiative 5 has no sub-theme '漁業'")]
    [InlineData("5,①スマート農業,hanako@example.jp", "Sub-theme ① of initiative 5 is '①域外企業の農業参入促進', not '①スマート農業'.")]
    [InlineData("5,モデル,hanako@example.jp", "Initiative 5 has no sub-theme 'モデル'")]
    [InlineData("5,農業,hanako@example.jp", "Initiative 5 has no sub-theme '農業'")]
    [InlineData("1,2,ichiro@example.jp", "Initiative 1 has no sub-theme '2'; its sub-themes are 1, or leave it empty")]
    [InlineData("5,①,nobody@example.jp", "'nobody@example.jp' is not on the roster")]
    [InlineData("5,①,", "The email is missing.")]
    public void Parse_BadSecondRow_ReportsLine3AndReturnsNothing(string row, string reason)
    {
        var result = Parse($"{Header}\r\n1,,ichiro@example.jp\r\n{row}\r\n");

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameAssignmentTwice_ReportsTheRepeat()
    {
        var result = Parse($"{Header}\n5,①,hanako@example.jp\n5,1,HANAKO@example.jp\n");

        Assert.Equal(new CsvRowError(3, "The same assignment is already on line 2."), Assert.Single(result.Errors));
    }

    [Fact]
    public void Parse_HeaderOnly_ClearsAssignments()
    {
        var result = Parse($"{Header}\r\n");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Parse_WrongHeader_IsLine1()
    {
        var result = Parse("initiative,email\n5,hanako@example.jp\n");

        Assert.Equal(1, Assert.Single(result.Errors).Line);
    }
}
