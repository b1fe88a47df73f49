using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;
using PlanBot.Testing;
using PlanBot.Tests.Scheduling;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

/// <summary><c>migrate-store</c>: a SQLite store with a plan, a roster, an open cycle, queued cards and a schedule, into PostgreSQL.</summary>
public sealed class MigrateStoreCommandTests : IDisposable
{
    private readonly TempPlanStore sqlite = new();

    [SkippableFact]
    public async Task MigrateStore_EmptyPostgreSqlTarget_CopiesEverythingVerifiesItAndNeverPrintsThePassword()
    {
        using var target = new TempPlanStore(PlanStoreProvider.PostgreSql);
        await SeedAsync();

        var (exitCode, output, error) = await CliAsync("migrate-store", "--to", target.ConnectionString);

        Assert.True(exitCode == 0, output + error);
        Assert.DoesNotContain(StoreProviders.Postgres().AppPassword, output + error, StringComparison.Ordinal);
        Assert.Contains("Copying SQLite", output, StringComparison.Ordinal);
        Assert.DoesNotContain("DIFFERENT", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  outbox_messages +2 rows  [0-9a-f]{16}  same\n", output);
        Assert.Matches(@"\n  schedule \(Quartz\) +2 jobs, 2 triggers  [0-9a-f]{16}  same\n", output);

        // What PlanBot on PostgreSQL sees: the same plan, cycle and queue, and the same next triggers.
        var (plan, runs) = await target.ReadAsync();
        var (sourcePlan, sourceRuns) = await sqlite.ReadAsync();
        Assert.Equal(sourcePlan!.SubThemes.Select(s => s.Key), plan!.SubThemes.Select(s => s.Key));
        Assert.Equal(sourceRuns.Select(r => r.Source.Sha256), runs.Select(r => r.Source.Sha256));
        using (var reader = target.OpenReader())
        {
            var cycle = await reader.Services.GetRequiredService<IReminderCycleStore>().LoadAsync(new FiscalQuarter(2026, 3), CancellationToken.None);
            Assert.Equal(2, cycle!.Recipients.Count);
            var outbox = reader.Services.GetRequiredService<IOutbox>();
            Assert.Equal(2, (await outbox.ListAsync("2026Q3:", CancellationToken.None)).Count);
            Assert.True(await outbox.EnqueueAsync(new OutboxEntry("test", "after-the-move", null, null, "{}"), CancellationToken.None));
        }

        await using var scheduler = SchedulingHost.Create(target, Jst.At(2026, 12, 1, 0));
        Assert.Equal(Jst.At(2026, 12, 22, 10), Assert.Single(await scheduler.TriggersOfAsync(ReminderStageJob.Key)).NextFireTimeUtc);
        Assert.Single(await scheduler.TriggersOfAsync(WeeklyDigestJob.Key));
    }

    [SkippableFact]
    public async Task MigrateStore_TargetNotEmpty_RefusesAndChangesNothing()
    {
        using var target = new TempPlanStore(PlanStoreProvider.PostgreSql);
        await SeedAsync();
        Assert.Equal(0, (await CliAsync("migrate-store", "--to", target.ConnectionString)).ExitCode);
        var (before, _) = await target.ReadAsync();

        var (exitCode, _, error) = await CliAsync("migrate-store", "--to", target.ConnectionString);

        Assert.Equal(MigrateStoreCommand.Refused, exitCode);
        Assert.Contains("The target is not empty (", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", error, StringComparison.Ordinal);
        var (after, runs) = await target.ReadAsync();
        Assert.Equal(before!.SubThemes.Count(), after!.SubThemes.Count());
        Assert.Single(runs);
    }

    public void Dispose() => sqlite.Dispose();

    /// <summary>The seed plan, the e2e roster (two owners reached by the plan), the 2026Q3 cycle opened with its cards queued, and the schedule stored.</summary>
    private async Task SeedAsync()
    {
        Assert.Equal(0, (await CliAsync("import")).ExitCode);
        var roster = Path.Combine(sqlite.Folder, "roster.csv");
        await File.WriteAllTextAsync(roster, "name,email,aadObjectId,department,role\n田中 一郎,tanaka@example.jp,,産業振興部,member\n鈴木 花子,suzuki@example.jp,,SR-防災,admin\n");
        Assert.Equal(0, (await CliAsync("roster", "import", roster)).ExitCode);
        Assert.Equal(0, (await CliAsync("remind", "--quarter", "2026Q3")).ExitCode);
        await using var scheduling = await SchedulingHost.StartAsync(sqlite, Jst.At(2026, 12, 1, 0));
        await scheduling.StopAsync();
    }

    private async Task<(int ExitCode, string Output, string Error)> CliAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => sqlite.Configure(b.Configuration));
        return (exitCode, output.ToString(), error.ToString());
    }
}
