using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Reminders;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Robustness;

/// <summary>The real host with its store on a tiny tmpfs that is filled to the last byte, then freed.</summary>
public sealed class FullVolumeTests
{
    [SkippableFact]
    public async Task Health_VolumeFullThenFreed_NotReadyThenReadyAgainWithoutARestart()
    {
        using var volume = TinyVolume.Mount(megabytes: 32);
        Skip.If(volume.Problem is not null, volume.Problem);
        var database = Path.Combine(volume.Path, "planbot.db");
        await using var bot = PlanBotOnLoopback.Start(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PlanStore"] = new SqliteConnectionStringBuilder { DataSource = database }.ToString(),
        });
        using var http = new HttpClient { BaseAddress = bot.MessagesEndpoint };
        var health = new Uri("/healthz/ready", UriKind.Relative);

        await bot.WaitUntilReadyAsync();
        // An empty log, so the next write must take new space (a log with room left would be reused).
        Assert.True(await bot.Services.GetRequiredService<SqliteWalCheckpointer>().CheckpointAsync(CancellationToken.None));
        var filler = volume.Fill();
        using var full = await http.GetAsync(health);
        File.Delete(filler);
        using var freed = await http.GetAsync(health);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, freed.StatusCode);
        Assert.True(new FileInfo(database + "-wal").Length < 1024 * 1024);
    }

    [SkippableFact]
    public async Task CardAnswer_VolumeFull_CardSaysNothingWasRecordedAndKeepsTheEntries_ThenRecordsOnceFreed()
    {
        using var volume = TinyVolume.Mount(megabytes: 32);
        Skip.If(volume.Problem is not null, volume.Problem);
        var database = Path.Combine(volume.Path, "planbot.db");
        await using var bot = await ReminderCardBot.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:PlanStore"] = new SqliteConnectionStringBuilder { DataSource = database }.ToString(),
        });
        // Ready: the scheduler, which starts after the web host, has done its writes; one still under way when the
        // volume fills could fail and free its partly written space, and the answer would find room.
        await bot.Bot.WaitUntilReadyAsync();
        Assert.True(await bot.Bot.Services.GetRequiredService<SqliteWalCheckpointer>().CheckpointAsync(CancellationToken.None));
        var filler = volume.Fill();

        var refused = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "遅延", percent: "30", comment: "業者選定が遅れています。")));
        var (reportsWhileFull, _) = await bot.StoredAsync();
        File.Delete(filler);
        var recorded = await ReminderCardBot.CardOfAsync(await bot.InvokeAsync(bot.Data(status: "遅延", percent: "30", comment: "業者選定が遅れています。")));

        Assert.Contains("回答は記録されていません", ProgressCardJson.AllText(refused), StringComparison.Ordinal);
        Assert.Equal("遅延", ProgressCardJson.ValueOf(refused, $"status:{bot.Key}"));
        Assert.Equal("30", ProgressCardJson.ValueOf(refused, $"percent:{bot.Key}"));
        Assert.Equal("業者選定が遅れています。", ProgressCardJson.ValueOf(refused, $"comment:{bot.Key}"));
        Assert.Empty(reportsWhileFull);
        Assert.Contains("記録しました", ProgressCardJson.AllText(recorded), StringComparison.Ordinal);
        Assert.Single((await bot.StoredAsync()).Reports);
    }
}
