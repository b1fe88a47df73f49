using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

public sealed class AskCommandTests : IDisposable
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);
    private readonly TempPlanStore _store = new();

    [Fact]
    public async Task Ask_AsAdministrator_ListsEveryDepartmentsDelayedItems()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("ask", "2026年度第3四半期の遅延は?");

        Assert.Equal(0, exitCode);
        Assert.Contains("九州全域での中小・中堅企業に対するDX支援の推進", output, StringComparison.Ordinal);
        Assert.Contains("食品の輸出拡大", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AsAMember_SeesOnlyTheirDepartment()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("ask", "2026年度第3四半期の遅延は?", "--as", "taro.sato@example.com");

        Assert.Equal(0, exitCode);
        Assert.Contains("九州全域での中小・中堅企業に対するDX支援の推進", output, StringComparison.Ordinal);
        Assert.DoesNotContain("食品の輸出拡大", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AsSomeoneNotOnTheRoster_FailsWithAnEnglishReason()
    {
        await SeedAsync();

        var (exitCode, _, error) = await RunAsync("ask", "遅延は?", "--as", "nobody@example.com");

        Assert.Equal(AskCommand.InvalidInput, exitCode);
        Assert.Contains("not on the roster", error, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private async Task SeedAsync()
    {
        Assert.Equal(0, (await RunAsync("import")).ExitCode);
        using var host = _store.OpenReader();
        await host.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [
                new Person("佐藤 太郎", "taro.sato@example.com", null, "産業振興部", PersonRole.Member),
                new Person("鈴木 一郎", "ichiro.suzuki@example.com", null, "地域共創部", PersonRole.Member),
            ],
            CancellationToken.None);
        var progress = host.Services.GetRequiredService<IProgressStore>();
        var at = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        await progress.AppendAsync(new ProgressReport("3-1", Q3, ProgressStatus.Delayed, 30, "採択待ち", "taro.sato@example.com", at), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("4-1", Q3, ProgressStatus.Delayed, 10, "商談延期", "ichiro.suzuki@example.com", at), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("1-1", Q3, ProgressStatus.OnTrack, 70, null, "taro.sato@example.com", at), CancellationToken.None);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => _store.Configure(b.Configuration));
        return (exitCode, output.ToString(), StoreBanner.Strip(error.ToString(), _store));
    }
}
