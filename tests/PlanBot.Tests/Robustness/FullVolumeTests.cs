using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data;
using PlanBot.Tests.EndToEnd;
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

        using var ready = await http.GetAsync(health);
        // An empty log, so the next write must take new space (a log with room left would be reused).
        Assert.True(await bot.Services.GetRequiredService<SqliteWalCheckpointer>().CheckpointAsync(CancellationToken.None));
        var filler = volume.Fill();
        using var full = await http.GetAsync(health);
        File.Delete(filler);
        using var freed = await http.GetAsync(health);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, freed.StatusCode);
        Assert.True(new FileInfo(database + "-wal").Length < 1024 * 1024);
    }
}
