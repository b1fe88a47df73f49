using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Cli;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Progress;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

public sealed class DigestCommandTests : IDisposable
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);

    /// <summary>Monday 2026-11-30 10:00 JST.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    private readonly TempPlanStore _store = new();

    [Fact]
    public async Task Digest_Preview_PrintsTheQuarterLineAndTheStatusCountsAndEnqueuesNothing()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("digest", "--preview");

        Assert.Equal(0, exitCode);
        Assert.Contains("preview", output, StringComparison.Ordinal);
        Assert.Contains("週次ダイジェスト 2026年11月30日", output, StringComparison.Ordinal);
        Assert.Contains("2026年度 第3四半期（残り ", output, StringComparison.Ordinal);
        Assert.Contains("【状況】2026年度 第3四半期（", output, StringComparison.Ordinal);
        Assert.Contains("遅延\u3000 ■", output, StringComparison.Ordinal);
        Assert.Contains("順調\u3000 ■", output, StringComparison.Ordinal);
        Assert.Contains("【重点戦略別】", output, StringComparison.Ordinal);
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task Digest_WithoutPreviewTwice_EnqueuesThisWeeksDigestOncePerChannel()
    {
        await SeedAsync();

        var first = await RunAsync("digest");
        var second = await RunAsync("digest");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 new outbox entries", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 new outbox entries", second.Output, StringComparison.Ordinal);
        var entry = Assert.Single(await OutboxAsync());
        Assert.Equal("2026-11-30 19:digest@thread.tacv2", entry.IdempotencyKey);
    }

    [Fact]
    public async Task Digest_NoPlanStored_FailsWithAnEnglishReason()
    {
        var (exitCode, _, error) = await RunAsync("digest", "--preview");

        Assert.Equal(DigestCommand.InvalidInput, exitCode);
        Assert.Contains("No plan is stored", error, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private async Task SeedAsync()
    {
        Assert.Equal(0, (await RunAsync("import")).ExitCode);
        using var host = _store.OpenReader();
        var progress = host.Services.GetRequiredService<IProgressStore>();
        var at = Now.AddDays(-3);
        await progress.AppendAsync(new ProgressReport("3-1", Q3, ProgressStatus.Delayed, 30, "採択待ち", "taro.sato@example.com", at), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("1-1", Q3, ProgressStatus.OnTrack, 70, null, "taro.sato@example.com", at), CancellationToken.None);
        await host.Services.GetRequiredService<IDigestChannelStore>().ChooseAsync("19:digest@thread.tacv2", "team-1", "admin@example.com", at, CancellationToken.None);
    }

    private async Task<IReadOnlyList<OutboxMessage>> OutboxAsync()
    {
        using var host = _store.OpenReader();
        return await host.Services.GetRequiredService<IOutbox>().ListAsync("", CancellationToken.None);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b =>
        {
            _store.Configure(b.Configuration);
            b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        });
        return (exitCode, output.ToString(), StoreBanner.Strip(error.ToString(), _store));
    }
}
