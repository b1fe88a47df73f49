using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Digest;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Outbox;
using PlanBot.Scheduling;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Digest;

/// <summary>The runner the weekly digest job calls, as the real host wires it, on a real SQLite file.</summary>
public sealed class WeeklyDigestRunnerTests : IDisposable
{
    private static readonly DateOnly Week = new(2026, 11, 30);
    private static readonly DateTimeOffset MondayNine = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    private readonly TempPlanStore _store = new();

    [Fact]
    public async Task RunAsync_SameWeekTwice_OneDigestEntryPerActiveReachableChannel()
    {
        await using var bot = Start();
        await ChooseChannelsAsync(bot);
        var runner = bot.Services.GetRequiredService<IWeeklyDigestRunner>();
        Assert.IsType<WeeklyDigestRunner>(runner);

        await runner.RunAsync(Week, CancellationToken.None);
        await runner.RunAsync(Week, CancellationToken.None);

        var entries = await bot.Services.GetRequiredService<IOutbox>().ListAsync("2026-11-30 ", CancellationToken.None);
        Assert.Equal(["2026-11-30 19:a@thread.tacv2", "2026-11-30 19:b@thread.tacv2"], entries.Select(e => e.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(OutboxKinds.Digest, e.Kind));
        Assert.All(entries, e => Assert.Equal(e.IdempotencyKey[11..], e.ConversationId));
    }

    [Fact]
    public async Task RunAsync_SameWeekAfterARestartOnTheSameDatabase_StillOneEntryPerChannel()
    {
        await using (var first = Start())
        {
            await ChooseChannelsAsync(first);
            await first.Services.GetRequiredService<IWeeklyDigestRunner>().RunAsync(Week, CancellationToken.None);
        }

        await using var second = Start();
        await second.Services.GetRequiredService<IWeeklyDigestRunner>().RunAsync(Week, CancellationToken.None);
        await second.Services.GetRequiredService<IWeeklyDigestRunner>().RunAsync(Week.AddDays(7), CancellationToken.None);

        var outbox = second.Services.GetRequiredService<IOutbox>();
        Assert.Equal(2, (await outbox.ListAsync("2026-11-30 ", CancellationToken.None)).Count);
        Assert.Equal(2, (await outbox.ListAsync("2026-12-07 ", CancellationToken.None)).Count);
    }

    public void Dispose() => _store.Dispose();

    /// <summary>The real host on this test's database, so a second start is a restart on the same data.</summary>
    private PlanBotOnLoopback Start() => PlanBotOnLoopback.Start(
        new Dictionary<string, string?> { ["ConnectionStrings:PlanStore"] = _store.ConnectionString },
        services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(MondayNine)));

    /// <summary>Two teams' channels get the digest; a third was stopped, a fourth's team removed PlanBot.</summary>
    private static async Task ChooseChannelsAsync(PlanBotOnLoopback bot)
    {
        var channels = bot.Services.GetRequiredService<IDigestChannelStore>();
        await channels.ChooseAsync("19:a@thread.tacv2", "team-1", "admin@example.com", MondayNine.AddDays(-7), CancellationToken.None);
        await channels.ChooseAsync("19:b@thread.tacv2", "team-2", "admin@example.com", MondayNine.AddDays(-7), CancellationToken.None);
        await channels.ChooseAsync("19:stopped@thread.tacv2", "team-3", "admin@example.com", MondayNine.AddDays(-7), CancellationToken.None);
        await channels.StopAsync("19:stopped@thread.tacv2", "admin@example.com", MondayNine.AddDays(-1), CancellationToken.None);
        await channels.ChooseAsync("19:removed@thread.tacv2", "team-4", "admin@example.com", MondayNine.AddDays(-7), CancellationToken.None);
        await bot.Services.GetRequiredService<IConversationStore>().UpsertAsync(
            new ConversationAddress
            {
                ConversationId = "19:removed@thread.tacv2",
                Kind = ConversationKind.Channel,
                ServiceUrl = "https://smba.trafficmanager.net/jp/",
                ChannelId = "msteams",
                TeamId = "team-4",
                State = ConversationState.Removed,
                UpdatedAt = MondayNine.AddDays(-1),
            },
            CancellationToken.None);
    }
}
