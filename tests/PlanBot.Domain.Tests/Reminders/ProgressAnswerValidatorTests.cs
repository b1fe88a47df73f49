using CsCheck;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ProgressAnswerValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 24, 15, 30, 0, TimeSpan.FromHours(9));

    private static readonly SubmissionId Id = new("activity-1");

    private static readonly Person Hanako = SamplePlan.Chiiki1;

    private static ReminderCycle Cycle()
    {
        var ownership = Ownership.Resolve(SamplePlan.Plan, SamplePlan.Roster, [new OwnerAssignment(15, null, Hanako.Email)]);
        var plan = ReminderPlanner.Plan(SamplePlan.Plan, ownership, FiscalQuarter.Parse("2026Q3"), []);
        return ReminderCycle.Open(null, plan, Now.AddDays(-2)).Cycle!;
    }

    private static AnswerValidation Validate(params ProgressAnswer[] answers) =>
        ProgressAnswerValidator.Validate(Hanako, Cycle(), Id, answers, Now);

    [Fact]
    public void Validate_GoodAnswers_ReturnsTheReportsToStore()
    {
        var result = Validate(
            new ProgressAnswer("5-1", "順調", "８０％", "  WG活動を継続中  "),
            new ProgressAnswer("5-2", " 遅延 ", "10 %", "委員会の日程が未定のため。次は1月に調整。"),
            new ProgressAnswer("15-1", "完了", "100", ""));

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        var submission = result.Submission!;
        Assert.Equal((Id, FiscalQuarter.Parse("2026Q3"), Hanako.Email, Now), (submission.Id, submission.Quarter, submission.ReporterEmail, submission.SubmittedAt));
        var quarter = FiscalQuarter.Parse("2026Q3");
        Assert.Equal(
            [
                new ProgressReport("5-1", quarter, ProgressStatus.OnTrack, 80, "WG活動を継続中", Hanako.Email, Now),
                new ProgressReport("5-2", quarter, ProgressStatus.Delayed, 10, "委員会の日程が未定のため。次は1月に調整。", Hanako.Email, Now),
                new ProgressReport("15-1", quarter, ProgressStatus.Completed, 100, null, Hanako.Email, Now),
            ],
            submission.Reports);
    }

    [Fact]
    public void Validate_BlankItems_AreLeftUnansweredNotErrors()
    {
        var result = Validate(new ProgressAnswer("5-1", "順調", "50", null), new ProgressAnswer("5-2", "", " ", null), new ProgressAnswer("15-1", null, null, null));

        Assert.Equal(["5-1"], result.Submission!.Reports.Select(r => r.SubThemeKey));
    }

    [Fact]
    public void Validate_SubmitterMatchedInAnotherEmailCase_IsTheOwner()
    {
        var result = ProgressAnswerValidator.Validate(Hanako with { Email = "HANAKO@EXAMPLE.JP" }, Cycle(), Id, [new ProgressAnswer("5-1", "順調", "50", null)], Now);

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("5-1", "", "50", "c", AnswerProblem.StatusMissing)]
    [InlineData("5-1", "好調", "50", "c", AnswerProblem.StatusUnknown)]
    [InlineData("5-1", "OnTrack", "50", "c", AnswerProblem.StatusUnknown)]
    [InlineData("5-1", "順調", "", "c", AnswerProblem.PercentMissing)]
    [InlineData("5-1", "順調", "101", null, AnswerProblem.PercentOutOfRange)]
    [InlineData("5-1", "順調", "-1", null, AnswerProblem.PercentOutOfRange)]
    [InlineData("5-1", "順調", "50.5", null, AnswerProblem.PercentOutOfRange)]
    [InlineData("5-1", "順調", "半分", null, AnswerProblem.PercentNotANumber)]
    [InlineData("5-1", "順調", "99999999999", null, AnswerProblem.PercentOutOfRange)]
    [InlineData("5-1", "遅延", "30", "", AnswerProblem.CommentRequired)]
    [InlineData("5-1", "要注意", "30", "　", AnswerProblem.CommentRequired)]
    [InlineData("5-1", "要注意", "30", null, AnswerProblem.CommentRequired)]
    [InlineData("14-1", "順調", "50", null, AnswerProblem.NotAnOwner)]
    [InlineData("13-1", "順調", "50", null, AnswerProblem.NotAsked)]
    [InlineData("99-9", "順調", "50", null, AnswerProblem.NotAsked)]
    public void Validate_OneBadItemAmongGoodOnes_ReturnsItsErrorAndNothingToStore(
        string key, string? status, string? percent, string? comment, AnswerProblem problem)
    {
        var result = Validate(new ProgressAnswer("15-1", "順調", "50", null), new ProgressAnswer(key, status, percent, comment));

        Assert.False(result.IsValid);
        Assert.Null(result.Submission);
        Assert.Equal([new AnswerError(key, problem)], result.Errors);
    }

    [Theory]
    [InlineData("１２０％", AnswerProblem.PercentOutOfRange)]
    [InlineData("3e1", AnswerProblem.PercentOutOfRange)]
    [InlineData("abc", AnswerProblem.PercentNotANumber)]
    [InlineData("％", AnswerProblem.PercentNotANumber)]
    public void Validate_PercentNotAcceptable_SaysWhetherItIsANumberAtAll(string percent, AnswerProblem problem)
    {
        Assert.Equal([new AnswerError("5-1", problem)], Validate(new ProgressAnswer("5-1", "順調", percent, null)).Errors);
    }

    [Theory]
    [InlineData(AnswerProblem.CycleClosed, AnswerField.Card)]
    [InlineData(AnswerProblem.NothingEntered, AnswerField.Card)]
    [InlineData(AnswerProblem.DuplicateItem, AnswerField.Item)]
    [InlineData(AnswerProblem.NotAsked, AnswerField.Item)]
    [InlineData(AnswerProblem.NotAnOwner, AnswerField.Item)]
    [InlineData(AnswerProblem.StatusMissing, AnswerField.Status)]
    [InlineData(AnswerProblem.StatusUnknown, AnswerField.Status)]
    [InlineData(AnswerProblem.PercentMissing, AnswerField.Percent)]
    [InlineData(AnswerProblem.PercentNotANumber, AnswerField.Percent)]
    [InlineData(AnswerProblem.PercentOutOfRange, AnswerField.Percent)]
    [InlineData(AnswerProblem.CommentRequired, AnswerField.Comment)]
    [InlineData(AnswerProblem.CommentTooLong, AnswerField.Comment)]
    public void Field_EachProblem_IsWhereTheCardShowsIt(AnswerProblem problem, AnswerField field)
    {
        var error = new AnswerError("5-1", problem);

        Assert.Equal(field, error.Field);
        Assert.Equal(ReminderTexts.Message(problem), error.Message);
    }

    [Fact]
    public void Validate_SeveralProblemsInOneItem_ReportsEachField()
    {
        var result = Validate(new ProgressAnswer("5-1", "遅延", "百", null));

        Assert.Equal(
            [
                new AnswerError("5-1", AnswerProblem.PercentNotANumber),
                new AnswerError("5-1", AnswerProblem.CommentRequired),
            ],
            result.Errors);
    }

    [Fact]
    public void Validate_CommentTooLong_IsAnError()
    {
        var result = Validate(new ProgressAnswer("5-1", "順調", "50", new string('あ', ReminderTexts.MaxCommentLength + 1)));

        Assert.Equal([new AnswerError("5-1", AnswerProblem.CommentTooLong)], result.Errors);
    }

    [Fact]
    public void Validate_SameItemTwice_IsAnError()
    {
        var result = Validate(new ProgressAnswer("5-1", "順調", "50", null), new ProgressAnswer("5-1", "完了", "100", null));

        Assert.Equal([new AnswerError("5-1", AnswerProblem.DuplicateItem)], result.Errors);
    }

    [Fact]
    public void Validate_NothingEntered_AsksForAtLeastOneAnswer()
    {
        var result = Validate(new ProgressAnswer("5-1", null, "", "  "));

        Assert.Equal([new AnswerError(null, AnswerProblem.NothingEntered)], result.Errors);
    }

    [Fact]
    public void Validate_ClosedCycle_AcceptsNothing()
    {
        var cycle = Cycle();
        cycle.Close(Now.AddDays(-1));

        var result = ProgressAnswerValidator.Validate(Hanako, cycle, Id, [new ProgressAnswer("5-1", "順調", "50", null)], Now);

        Assert.Equal([new AnswerError(null, AnswerProblem.CycleClosed)], result.Errors);
    }

    [Fact]
    public void Validate_SomeoneNotAskedAtAll_IsNotAnOwnerOfAnything()
    {
        var stranger = new Person("外部", "stranger@example.jp", null, null, PersonRole.Member);

        var result = ProgressAnswerValidator.Validate(stranger, Cycle(), Id, [new ProgressAnswer("5-1", "順調", "50", null)], Now);

        Assert.Equal([new AnswerError("5-1", AnswerProblem.NotAnOwner)], result.Errors);
    }

    [Fact]
    public void Validate_SameSubmissionTwice_GivesTheSameIdForTheStoreToKeepOnce()
    {
        ProgressAnswer[] answers = [new ProgressAnswer("5-1", "順調", "50", null)];

        var first = ProgressAnswerValidator.Validate(Hanako, Cycle(), new SubmissionId("activity-7"), answers, Now);
        var again = ProgressAnswerValidator.Validate(Hanako, Cycle(), new SubmissionId("activity-7"), answers, Now.AddSeconds(3));

        Assert.Equal(first.Submission!.Id, again.Submission!.Id);
        Assert.NotEqual(SubmissionId.New(), SubmissionId.New());
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("050", 50)]
    [InlineData(" 75% ", 75)]
    [InlineData("７５", 75)]
    [InlineData("７５％", 75)]
    [InlineData("１００ ％", 100)]
    public void TryParsePercent_IntegerUpTo100_IsAccepted(string text, int expected)
    {
        Assert.True(ProgressAnswerValidator.TryParsePercent(text, out var percent));
        Assert.Equal(expected, percent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("+5")]
    [InlineData("1e2")]
    [InlineData("0x10")]
    [InlineData("5%%")]
    [InlineData("1,000")]
    [InlineData("٥٠")]
    public void TryParsePercent_AnythingElse_IsRejected(string? text)
    {
        Assert.False(ProgressAnswerValidator.TryParsePercent(text, out _));
    }

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [Fact]
    public void Validate_RandomCardValues_NeverThrowsAndNeverYieldsAnInvalidReport()
    {
        var statuses = Gen.OneOf(
            Pick<string?>(null, "", " ", "未着手", "順調", "要注意", "遅延", "完了", "中止", " 遅延 ", "完了　", "延期"),
            Gen.String.Select(s => (string?)s));
        var percents = Gen.OneOf(
            Gen.Int[-20, 130].Select(n => (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Int[0, 100].Select(n => (string?)$"{n}％".Normalize(System.Text.NormalizationForm.FormKC).Replace("%", "％", StringComparison.Ordinal)),
            Pick<string?>(null, "", "５０", "１２０", "10.5", "%", "ｘ"),
            Gen.String.Select(s => (string?)s));
        var comments = Gen.OneOf(Pick<string?>(null, "", " ", "\u3000", "理由あり"), Gen.String.Select(s => (string?)s));
        var keys = Pick("5-1", "5-2", "15-1", "14-1", "13-1", "x", "");
        var answers = Gen.Select(keys, statuses, percents, comments).Select((k, s, p, c) => new ProgressAnswer(k, s, p, c)).Array[0, 5];

        answers.Sample(items =>
        {
            var result = Validate(items);
            Assert.True(result.IsValid != (result.Errors.Count > 0));
            foreach (var report in result.Submission?.Reports ?? [])
            {
                Assert.InRange(report.PercentComplete, 0, 100);
                Assert.True(!ProgressAnswerValidator.NeedsComment(report.Status) || !string.IsNullOrWhiteSpace(report.Comment));
                Assert.Contains(report.SubThemeKey, (string[])["5-1", "5-2", "15-1"]);
            }
        });
    }
}
