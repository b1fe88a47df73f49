using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

/// <summary>The <c>remind</c> verb run in-process against a temp store holding the seed plan and a small roster.</summary>
public sealed class RemindCommandTests : IDisposable
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);
    private readonly TempPlanStore store = new();

    [Fact]
    public async Task RemindDryRun_Roster_PrintsWhoGetsWhichSubThemesOnWhichCardAndStoresNothing()
    {
        await SeedAsync();

        var (exitCode, output, error) = await RunAsync("remind", "--quarter", "2026Q3", "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.StartsWith("Reminder for 2026Q3 (FY2026 Q3, October 2026–December 2026), dry run: nothing is stored or enqueued.\n", output, StringComparison.Ordinal);
        Assert.Contains("The plan's columns asked about: 2026PLAN and 2026KGI.\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n2 owners would be asked about \d+ sub-themes on 2 cards:\n", output);
        Assert.Matches(@"\n田中 一郎 <tanaka@example.jp>, 産業振興部: \d+ items, 1 card\n  card 1/1:\n    1-1 九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現\n", output);
        Assert.Matches(@"\n    5-1 [^\n]+ / ①域外企業の農業参入促進\n", output);
        Assert.Matches(@"\nUnowned, nobody will be asked \(\d+ sub-themes\):\n", output);
        Assert.Contains("  15-1 ジェンダー主流化の取組: no 担当部署 and nobody assigned\n", output, StringComparison.Ordinal);
        Assert.Contains("  11-1 MOU締結先の企業と九経連会員企業との交流機会の提供: nobody on the roster in 総務国際部\n", output, StringComparison.Ordinal);
        var (cycle, queued) = await ReadAsync();
        Assert.Null(cycle);
        Assert.Empty(queued);
    }

    [Fact]
    public async Task Remind_RunTwice_OpensTheCycleOnceAndEnqueuesEachCardOnce()
    {
        await SeedAsync();

        var (firstExit, first, firstError) = await RunAsync("remind", "--quarter", "2026Q3");
        var (afterFirst, queuedFirst) = await ReadAsync();
        var (secondExit, second, _) = await RunAsync("remind", "--quarter", "2026Q3");
        var (afterSecond, queuedSecond) = await ReadAsync();

        Assert.Equal(0, firstExit);
        Assert.Equal("", firstError);
        Assert.Contains("Opened the 2026Q3 cycle: 2 owners, ", first, StringComparison.Ordinal);
        Assert.Contains("Enqueued 2 reminder cards (0 already queued; 0 owners already delivered).\n", first, StringComparison.Ordinal);
        Assert.Matches(@"\n  2026Q3:reminder:tanaka@example.jp:1  田中 一郎: 1-1, 2-1, ", first);
        Assert.Equal(0, secondExit);
        Assert.Contains("The 2026Q3 cycle is already open (since ", second, StringComparison.Ordinal);
        Assert.Contains("Enqueued 0 reminder cards (2 already queued; 0 owners already delivered).\n", second, StringComparison.Ordinal);
        Assert.Equal(afterFirst!.OpenedAt, afterSecond!.OpenedAt);
        Assert.Equal(["2026Q3:reminder:tanaka@example.jp:1", "2026Q3:reminder:suzuki@example.jp:1"], queuedFirst.Select(m => m.IdempotencyKey));
        Assert.Equal(queuedFirst.Select(m => m.Id), queuedSecond.Select(m => m.Id));
        var tanaka = queuedFirst[0];
        Assert.Equal(OutboxKinds.ReminderCard, tanaka.Kind);
        Assert.Equal("tanaka@example.jp", tanaka.TargetEmail);
        using var payload = JsonDocument.Parse(tanaka.Payload);
        Assert.Equal("2026Q3", payload.RootElement.GetProperty("quarter").GetString());
        Assert.Equal(afterFirst.RecipientFor("tanaka@example.jp")!.SubThemeKeys, payload.RootElement.GetProperty("subThemeKeys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Remind_OneOwnerWithAChatOneWithout_SaysWhatCanBeDeliveredAndWhyNotTheRest()
    {
        await SeedAsync();
        using (var host = store.OpenReader())
        {
            await host.Services.GetRequiredService<IConversationStore>().UpsertAsync(
                new ConversationAddress
                {
                    ConversationId = "a:tanaka",
                    Kind = ConversationKind.Personal,
                    ServiceUrl = "https://smba.trafficmanager.net/jp/",
                    ChannelId = "msteams",
                    UserAadObjectId = "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01",
                },
                CancellationToken.None);
        }

        var (exitCode, output, _) = await RunAsync("remind", "--quarter", "2026Q3");

        Assert.Equal(0, exitCode);
        Assert.Contains(
            "Can be delivered: 1 card(s) to 1 of 2 owner(s). Cannot be delivered: 1 owner(s) (1 never chatted with PlanBot and PlanBot is in no team); run 名簿確認 (roster check) in Teams for details.\n",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_OwnerOfMoreThanFifteenSubThemes_EnqueuesOneMessagePerCardPart()
    {
        await SeedAsync();
        var everything = "initiative,subtheme,email\n" + string.Concat(Enumerable.Range(1, 22).Select(n => $"{n},,sato@example.jp\n"));
        await RunAsync("roster", "assign", await WriteAsync("assign.csv", everything));

        var (exitCode, output, _) = await RunAsync("remind", "--quarter", "2026Q3");

        Assert.Equal(0, exitCode);
        var (cycle, queued) = await ReadAsync();
        var keys = cycle!.RecipientFor("sato@example.jp")!.SubThemeKeys;
        Assert.True(keys.Count > 15);
        var payloads = queued.Select(m => JsonDocument.Parse(m.Payload).RootElement).ToArray();
        Assert.True(queued.Count >= 2);
        Assert.Equal(Enumerable.Range(1, queued.Count).Select(n => $"2026Q3:reminder:sato@example.jp:{n}"), queued.Select(m => m.IdempotencyKey));
        Assert.All(payloads, p => Assert.Equal(queued.Count, p.GetProperty("partCount").GetInt32()));
        Assert.All(payloads, p => Assert.InRange(p.GetProperty("subThemeKeys").GetArrayLength(), 1, 15));
        Assert.Equal(keys, payloads.SelectMany(p => p.GetProperty("subThemeKeys").EnumerateArray().Select(k => k.GetString()!)));
        Assert.Contains($"Enqueued {queued.Count} reminder cards", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_QuarterAfterThePlan_SaysWhyNothingIsAskedAndOpensNothing()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("remind", "--quarter", "2027Q1");

        Assert.Equal(0, exitCode);
        Assert.Contains("Nothing to ask for 2027Q1: the quarter is after the plan's last fiscal year; the plan has ended.\nNo cycle was opened.\n", output, StringComparison.Ordinal);
        using var host = store.OpenReader();
        Assert.Null(await host.Services.GetRequiredService<IReminderCycleStore>().LoadAsync(new FiscalQuarter(2027, 1), CancellationToken.None));
    }

    [Fact]
    public async Task Remind_NotAQuarter_SaysHowToWriteOne()
    {
        var (exitCode, output, error) = await RunAsync("remind", "--quarter", "2026-10");

        Assert.Equal(RemindCommand.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("'2026-10' is not a fiscal quarter; write it like 2026Q3", error, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private async Task SeedAsync()
    {
        await RunAsync("import");
        var (exitCode, _, error) = await RunAsync("roster", "import", await WriteAsync("roster.csv", RosterCommandTests.Roster));
        Assert.True(exitCode == 0, error);
    }

    private async Task<(ReminderCycle? Cycle, IReadOnlyList<OutboxMessage> Queued)> ReadAsync()
    {
        using var host = store.OpenReader();
        var cycle = await host.Services.GetRequiredService<IReminderCycleStore>().LoadAsync(Q3, CancellationToken.None);
        var queued = await host.Services.GetRequiredService<IOutbox>().ListAsync("2026Q3:", CancellationToken.None);
        return (cycle, queued);
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(store.Folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => store.Configure(b.Configuration));
        return (exitCode, output.ToString(), StoreBanner.Strip(error.ToString(), store));
    }
}
