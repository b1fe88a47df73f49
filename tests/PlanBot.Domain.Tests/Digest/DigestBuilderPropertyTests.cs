using System.Globalization;
using CsCheck;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Tests.People;
using static PlanBot.Domain.Tests.Digest.DigestScenario;

namespace PlanBot.Domain.Tests.Digest;

/// <summary>Random report histories on the sample plan: what a digest says always agrees with the reports it was given.</summary>
public sealed class DigestBuilderPropertyTests
{
    private static readonly string[] Keys = ["1-1", "5-1", "5-2", "5-3", "13-1", "14-1", "15-1", "17-1", "17-2", "20-1", "99-9"];

    private static readonly string[] Quarters = ["2026Q2", "2026Q3", "2026Q4", "2027Q1"];

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<ProgressReport[]> Histories = Gen.Select(
            Pick(Keys),
            Pick(Quarters),
            Pick([.. ProgressStatusNames.All]),
            Gen.Int[0, 100],
            Pick<string?>(null, "", " \n ", "調整中", LongComment, "👨‍👩‍👧 絵文字\r\nのコメント"),
            Pick([.. SamplePlan.Roster.People.Select(p => p.Email)]),
            Gen.Int[-60 * 24 * 60, 3 * 24 * 60])
        .Select((key, quarter, status, percent, comment, email, minutes) =>
            new ProgressReport(key, FiscalQuarter.Parse(quarter), status, percent, comment, email, Now.AddMinutes(minutes)))
        .Array[0, 30];

    private static ProgressReport? Current(IEnumerable<ProgressReport> reports, string key) => reports
        .Where(r => r.SubThemeKey == key && r.ReportedAt <= Now && r.Quarter <= FiscalQuarter.Parse("2026Q4"))
        .OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt)
        .LastOrDefault();

    [Fact]
    public void Build_RandomHistories_AgreesWithTheReports()
    {
        Histories.Sample(reports =>
        {
            var input = new DigestInput(SamplePlan.Plan, Ownership, reports, null, PreviousDigest, Now, DigestScope.Everything);
            var digest = Build(input);

            Assert.Equal(9, digest.Overall.Total);
            Assert.Equal(digest.Overall.Total, digest.ByStrategy.Sum(s => s.Counts.Total));
            foreach (var (list, status) in new[]
            {
                (digest.Changes.NewlyDelayed, ProgressStatus.Delayed),
                (digest.Changes.NewlyAtRisk, ProgressStatus.AtRisk),
                (digest.Changes.NewlyCompleted, ProgressStatus.Completed),
            })
            {
                Assert.All(list.Items, c =>
                {
                    Assert.Equal(status, Current(reports, c.SubTheme.Key)?.Status);
                    Assert.NotEqual(status, c.Previous);
                    Assert.InRange(c.ReportedAt, PreviousDigest.AddTicks(1), Now);
                });
                Assert.Equal(list.Items.OrderBy(c => c.ReportedAt), list.Items);
                Assert.Equal(list.Total, list.Items.Count + list.More);
            }

            Assert.All(digest.Changes.Comments.Items, c =>
            {
                Assert.InRange(c.At, PreviousDigest.AddTicks(1), Now);
                Assert.DoesNotContain('\n', c.Text);
                Assert.InRange(new StringInfo(c.Text).LengthInTextElements, 1, DigestLimits.Default.MaxCommentLength);
            });
            Assert.Equal(digest.Changes.Comments.Items.OrderBy(c => c.At), digest.Changes.Comments.Items);
            Assert.DoesNotContain(digest.Kgis.AtRisk.Items, k => k.SubTheme.Key == "5-3"); // no 2026 KGI cell

            var member = Build(input with { Scope = DigestScope.ForAsker(SamplePlan.Chiiki1) });
            var theirs = new[] { "5-1", "5-2", "5-3" };
            Assert.Equal(2, member.Overall.Total);
            Assert.All(member.Changes.Comments.Items, c => Assert.Contains(c.SubTheme.Key, theirs));
            Assert.All(member.Changes.NewlyDelayed.Items, c => Assert.Contains(c.SubTheme.Key, theirs));
            Assert.All(member.Kgis.AtRisk.Items, k => Assert.Contains(k.SubTheme.Key, theirs));
            Assert.StartsWith(DigestTexts.Heading(new DateOnly(2027, 1, 4)), DigestText.Render(member), StringComparison.Ordinal);
        });
    }
}
