using System.Text;
using PlanBot.Domain.People;

namespace PlanBot.Domain.Tests.People;

public sealed class RosterCsvTests
{
    private const string Header = "name,email,aadObjectId,department,role";

    private static CsvImport<Person> Parse(string text) => RosterCsv.Parse(text, SamplePlan.Departments);

    [Fact]
    public void Parse_ExcelUtf8WithBomCrlfAndQuotes_ReturnsEveryPerson()
    {
        var text = "\uFEFF" + Header + "\r\n"
            + "\"山田, 太郎\",Taro.Yamada@example.jp,0F8FAD5B-D9CB-469F-A165-70867728950E,産業振興部,Admin\r\n"
            + "\"佐藤 \"\"サトちゃん\"\" 花子\",hanako@example.jp,,地域共創部,member\r\n"
            + "鈴木 次郎,jiro@example.jp,,,MANAGER\r\n";

        var result = Parse(text);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(
            [
                new Person("山田, 太郎", "Taro.Yamada@example.jp", "0f8fad5b-d9cb-469f-a165-70867728950e", "産業振興部", PersonRole.Admin),
                new Person("佐藤 \"サトちゃん\" 花子", "hanako@example.jp", null, "地域共創部", PersonRole.Member),
                new Person("鈴木 次郎", "jiro@example.jp", null, null, PersonRole.Manager),
            ],
            result.Rows);
    }

    [Fact]
    public void Parse_LfWithoutBomOrFinalLineEnd_ReturnsEveryPerson()
    {
        var result = Parse(Header + "\n太郎,taro@example.jp,,SR-防災,member\n\n,,,,\n花子,hanako@example.jp,,,admin");

        Assert.Equal(["taro@example.jp", "hanako@example.jp"], result.Rows.Select(p => p.Email));
    }

    [Theory]
    [InlineData(",a@example.jp,,,member", "The name is missing.")]
    [InlineData("太郎,,,,member", "The email is missing.")]
    [InlineData("太郎,taro@,,,member", "'taro@' is not an email address.")]
    [InlineData("太郎,taro example.jp,,,member", "is not an email address")]
    [InlineData("太郎,Taro <taro@example.jp>,,,member", "is not an email address")]
    [InlineData("太郎,taro@example,,,member", "is not an email address")]
    [InlineData("太郎,taro@example.jp,,,owner", "The role 'owner' is unknown; use admin, manager or member.")]
    [InlineData("太郎,taro@example.jp,,,", "The role is missing")]
    [InlineData("太郎,taro@example.jp,not-a-guid,,member", "The aadObjectId 'not-a-guid' is not a GUID")]
    [InlineData("太郎,taro@example.jp,,営業部,member", "The department '営業部' is not in the plan; use one of 産業振興部, 地域共創部")]
    [InlineData("太郎,taro@example.jp,,産業振興,member", "The department '産業振興' is not in the plan; did you mean 産業振興部?")]
    [InlineData("太郎,taro@example.jp,,産業 振興部,member", "did you mean 産業振興部?")]
    [InlineData("太郎,taro@example.jp,,産業\u3000振興部,member", "did you mean 産業振興部?")]
    [InlineData("太郎,taro@example.jp,,ＳＲ－防災,member", "did you mean SR-防災?")]
    [InlineData("太郎,taro@example.jp,,sr-防災,member", "did you mean SR-防災?")]
    [InlineData("太郎,taro@example.jp,,経営企画,member", "did you mean 経営企画室?")]
    [InlineData("太郎,taro@example.jp,,地域共創課,member", "did you mean 地域共創部?")]
    [InlineData("太郎,taro@example.jp,,,member,extra", "Expected 5 fields")]
    public void Parse_BadSecondRow_ReportsLine3AndReturnsNobody(string row, string reason)
    {
        var result = Parse($"{Header}\r\n花子,hanako@example.jp,,,member\r\n{row}\r\n次郎,jiro@example.jp,,,member\r\n");

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateEmailInAnotherCase_ReportsTheLaterLineAndTheFirst()
    {
        var result = Parse($"{Header}\n花子,hanako@example.jp,,,member\n太郎,taro@example.jp,,,member\nハナコ,HANAKO@Example.JP,,,member\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new CsvRowError(4, "The email 'HANAKO@Example.JP' is already on line 2."), error);
    }

    [Fact]
    public void Parse_DuplicateObjectIdInAnotherFormat_IsAnError()
    {
        var result = Parse($"{Header}\n花子,hanako@example.jp,0f8fad5b-d9cb-469f-a165-70867728950e,,member\n太郎,taro@example.jp,{{0F8FAD5B-D9CB-469F-A165-70867728950E}},,member\n");

        Assert.Equal(3, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Parse_SeveralBadRows_ReportsEachWithItsLineAfterAMultiLineField()
    {
        // Line 2's quoted name spans two physical lines, so the next record starts on line 4.
        var text = $"{Header}\r\n\"花子\r\n(総務)\",hanako@example.jp,,,member\r\n,taro@example.jp,,,boss\r\n次郎,jiro@example.jp,,,member\r\n三郎,saburo@,,,member\r\n";

        var result = Parse(text);

        Assert.Empty(result.Rows);
        Assert.Equal(
            [
                (2, "The name has a line break or another control character; write it on one line."),
                (4, "The name is missing."),
                (4, "The role 'boss' is unknown; use admin, manager or member."),
                (6, "'saburo@' is not an email address."),
            ],
            result.Errors.Select(e => (e.Line, e.Reason)));
    }

    [Theory]
    [InlineData("", 1, "The file is empty")]
    [InlineData("\uFEFF", 1, "The file is empty")]
    [InlineData("name,email,department,role\n太郎,taro@example.jp,,member\n", 1, "The header must be exactly 'name,email,aadObjectId,department,role'")]
    [InlineData(Header + "\r\n", 1, "The file has a header but no people.")]
    [InlineData(Header + "\n花子,hanako@example.jp,,,member\n\"太郎,taro@example.jp,,,member\n", 3, "A quoted field is not closed")]
    [InlineData(Header + "\n\"花子\"x,hanako@example.jp,,,member\n", 2, "Unexpected text after a closing '\"'")]
    public void Parse_BrokenFile_ReportsOneErrorWithItsLine(string text, int line, string reason)
    {
        var result = Parse(text);

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderInOtherCaseWithTrailingEmptyColumns_IsAccepted()
    {
        var result = Parse("Name,Email,AadObjectId,Department,Role,,\n花子,hanako@example.jp,,,admin,,\n");

        Assert.Equal("hanako@example.jp", Assert.Single(result.Rows).Email);
    }

    [Fact]
    public void Parse_OuterSpacesAroundDepartment_AreTrimmed()
    {
        var result = Parse($"{Header}\n花子 , hanako@example.jp ,, 地域共創部 , admin \n");

        Assert.Equal(new Person("花子", "hanako@example.jp", null, "地域共創部", PersonRole.Admin), Assert.Single(result.Rows));
    }

    [Fact]
    public async Task ReadAsync_Utf8BytesWithBom_ReadsPeople()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\r\n花子,hanako@example.jp,,産業振興部,admin\r\n")).ToArray();

        var result = await RosterCsv.ReadAsync(new MemoryStream(bytes), SamplePlan.Plan, CancellationToken.None);

        Assert.Equal("産業振興部", Assert.Single(result.Rows).Department);
    }

    [Fact]
    public async Task ReadAsync_ShiftJisBytes_SaysTheFileIsNotUtf8()
    {
        // "花子" in Shift_JIS is 0x89 0xD4 0x8E 0x71, which is not valid UTF-8.
        byte[] bytes = [.. Encoding.ASCII.GetBytes($"{Header}\r\n"), 0x89, 0xD4, 0x8E, 0x71, .. Encoding.ASCII.GetBytes(",hanako@example.jp,,,member\r\n")];

        var result = await RosterCsv.ReadAsync(new MemoryStream(bytes), SamplePlan.Plan, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains($"At byte offset {Header.Length + 2}, the byte 0x89 is not UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NulBytes_AreRefusedWithTheirOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes($"{Header}\n花子,hanako@example.jp,,,admin\n太郎"), 0, 0, .. Encoding.UTF8.GetBytes(",taro@example.jp,,,member\n")];

        var result = await RosterCsv.ReadAsync(new MemoryStream(bytes), SamplePlan.Plan, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"At byte offset {bytes.AsSpan().IndexOf((byte)0)}, a NUL byte", error.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Parse_NoAdmin_IsRefusedWithTheReason()
    {
        var result = Parse($"{Header}\n花子,hanako@example.jp,,,manager\n太郎,taro@example.jp,,,member\n");

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Line);
        Assert.Equal("The roster has no admin: nobody could run a reminder or the roster check in Teams. Give at least one person the role admin.", error.ToString());
    }

    [Fact]
    public void Parse_NameOfAMillionCharacters_IsRefusedAndQuotedShort()
    {
        var result = Parse($"{Header}\n{new string('名', 1_000_000)},hanako@example.jp,,,admin\n");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("The name is 1,000,000 characters long; at most 100 are allowed", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Reason.Length < 200, error.Reason.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_NameOfTheLongestAllowedLength_IsAccepted()
    {
        var result = Parse($"{Header}\n{new string('名', RosterCsv.MaxNameLength)},hanako@example.jp,,,admin\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Parse_RunawayDepartment_IsQuotedShort()
    {
        var result = Parse($"{Header}\n花子,hanako@example.jp,,{new string('部', 100_000)},admin\n");

        Assert.True(Assert.Single(result.Errors).Reason.Length < 300);
    }

    [Theory]
    [InlineData("{0F8FAD5B-D9CB-469F-A165-70867728950E}")]
    [InlineData("0F8FAD5BD9CB469FA16570867728950E")]
    [InlineData(" 0f8fad5b-d9cb-469f-a165-70867728950e ")]
    public void Parse_EntraIdInBracesOrCapitals_IsStoredInOneForm(string written)
    {
        var result = Parse($"{Header}\n花子,hanako@example.jp,\"{written}\",,admin\n");

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Assert.Single(result.Rows).AadObjectId);
    }

    [Fact]
    public void PlanDepartments_SamplePlan_AreTheNamedDepartmentsOnce()
    {
        Assert.Equal(["産業振興部", "地域共創部", "SR-防災", "総務国際部", "経営企画室"], RosterCsv.PlanDepartments(SamplePlan.Plan));
    }
}
