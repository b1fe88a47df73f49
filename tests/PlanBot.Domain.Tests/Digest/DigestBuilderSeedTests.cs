using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Tests.Import;

namespace PlanBot.Domain.Tests.Digest;

/// <summary>The digest of the real plan document from seeds/: its eleven strategies, titles that fit, a text that stays short.</summary>
public sealed class DigestBuilderSeedTests
{
    private static readonly ActionPlan Seed = SeedDocument.Parse().Plan;

    private static readonly DateTimeOffset Now = JapanTime.At(new DateOnly(2026, 11, 30), new TimeOnly(9, 0));

    private static readonly Person Hanako = new("地域 花子", "hanako@example.jp", null, "地域共創部", PersonRole.Member);

    private static readonly PersonDirectory Roster = new(
    [
        new Person("産業 一郎", "ichiro@example.jp", null, "産業振興部", PersonRole.Member),
        Hanako,
        new Person("総務 三郎", "saburo@example.jp", null, "総務国際部", PersonRole.Member),
        new Person("企画 四郎", "shiro@example.jp", null, "経営企画室", PersonRole.Manager),
        new Person("防災 五郎", "goro@example.jp", null, "SR-防災", PersonRole.Member),
    ]);

    private static readonly Ownership Owners = Ownership.Resolve(Seed, Roster, []);

    private static readonly IReadOnlyList<ProgressReport> Reports =
    [
        new("5-2", FiscalQuarter.Parse("2026Q3"), ProgressStatus.Delayed, 30, "農業法人との調整が長引いています", Hanako.Email, Now.AddDays(-2)),
        new("1-1", FiscalQuarter.Parse("2026Q3"), ProgressStatus.OnTrack, 70, null, "ichiro@example.jp", Now.AddDays(-3)),
    ];

    private static WeeklyDigest Build(DigestScope scope) =>
        new DigestBuilder(new BusinessCalendar()).Build(new DigestInput(Seed, Owners, Reports, null, null, Now, scope));

    [Fact]
    public void Build_Seed_CountsEverySubThemePlannedFor2026UnderItsStrategy()
    {
        var digest = Build(DigestScope.Everything);

        var planned = Seed.SubThemes.Count(s =>
            s.Cell(PlanPeriod.YearActions(2026))?.Items.Count > 0 || s.Cell(PlanPeriod.YearKgi(2026))?.Items.Count > 0);
        Assert.Equal(Enumerable.Range(1, 11), digest.ByStrategy.Select(s => s.StrategyNumber));
        Assert.Equal(planned, digest.Overall.Total);
        Assert.Equal(planned, digest.ByStrategy.Sum(s => s.Counts.Total));
        Assert.Equal((1, 1, planned - 2), (digest.Overall[ProgressStatus.Delayed], digest.Overall[ProgressStatus.OnTrack], digest.Overall[null]));
        Assert.Equal("「新生シリコンアイランド九州」の実現", digest.ByStrategy[0].ShortTitle);
        Assert.All(digest.ByStrategy, s => Assert.InRange(new StringInfo(s.ShortTitle).LengthInTextElements, 1, DigestLimits.Default.MaxTitleLength));
    }

    [Fact]
    public void Build_Seed_ListsTheNewlyDelayedSubThemeWithItsLabel()
    {
        var change = Assert.Single(Build(DigestScope.Everything).Changes.NewlyDelayed.Items);

        Assert.Equal(("5-2", "地域 花子", "地域共創部"), (change.SubTheme.Key, change.ReporterName, change.SubTheme.Department));
        Assert.StartsWith("②", change.SubTheme.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SeedMemberScope_ShowsOnlyTheirDepartmentsInitiatives()
    {
        var digest = Build(DigestScope.ForAsker(Hanako));

        var theirs = Seed.Initiatives.Where(i => i.Department == "地域共創部").SelectMany(i => i.SubThemes).Select(s => s.Key).ToHashSet();
        Assert.NotEmpty(theirs);
        Assert.All(digest.Kgis.AtRisk.Items, k => Assert.Contains(k.SubTheme.Key, theirs));
        Assert.All(digest.Changes.Comments.Items, c => Assert.Contains(c.SubTheme.Key, theirs));
        Assert.Equal(
            Seed.Strategies.Where(s => s.Initiatives.Any(i => i.Department == "地域共創部")).Select(s => s.Number),
            digest.ByStrategy.Select(s => s.StrategyNumber));
    }

    [Fact]
    public void Render_Seed_StaysShort()
    {
        var text = DigestText.Render(Build(DigestScope.Everything));

        // A heading, a quarter line, eleven strategy lines and a few more: something to read in ten seconds.
        Assert.InRange(text.Split('\n').Length, 15, 45);
        Assert.InRange(text.Length, 200, 2500);
        Assert.StartsWith("週次ダイジェスト 2026年11月30日\n2026年度 第3四半期（残り 21 営業日）\n", text, StringComparison.Ordinal);
    }
}
