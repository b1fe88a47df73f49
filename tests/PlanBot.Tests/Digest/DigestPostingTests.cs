using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Domain.People;
using PlanBot.Scheduling;
using PlanBot.Teams.Proactive;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Digest;

/// <summary>
/// The scheduled weekly digest from the run of the job to the channel in Microsoft's emulator: the digest channel chosen
/// in Teams, the week's run queued and posted by the outbox sender, and a second run of the same week posting nothing.
/// </summary>
public sealed class DigestPostingTests
{
    private const string BotId = "28:planbot-local";
    private const string Mention = "<at>PlanBot</at>";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WeeklyRun_ChosenChannel_PostedOnceEvenWhenTheWeekRunsTwice()
    {
        // Monday 2026-11-30 09:00 JST.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var admin = playground.Config.CurrentUser;
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [new Person(admin.Name, admin.Email, admin.AadObjectId, "経営企画室", PersonRole.Admin)], CancellationToken.None);
        var channel = playground.Config.ChannelIds[0];
        await playground.SendAsync(channel, admin.Id, $"{Mention} ダイジェストをここに投稿", [(BotId, Mention)], CancellationToken.None);
        await playground.WaitForBotMessageAsync(m => PlaygroundMessage.AllText(m).Contains("ダイジェスト", StringComparison.Ordinal), Patience, CancellationToken.None);
        var runner = bot.Services.GetRequiredService<IWeeklyDigestRunner>();
        var sender = bot.Services.GetRequiredService<OutboxSender>();
        var week = new DateOnly(2026, 11, 30);

        await runner.RunAsync(week, CancellationToken.None);
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        var digest = await playground.WaitForBotMessageAsync(
            m => PlaygroundMessage.ConversationId(m) == channel && PlaygroundMessage.AllText(m).Contains("【状況】", StringComparison.Ordinal),
            Patience,
            CancellationToken.None);
        Assert.Contains("2026年度 第3四半期", PlaygroundMessage.AllText(digest), StringComparison.Ordinal);

        // A restart, a misfire or a second instance runs the same week again: nothing more is queued or posted.
        await runner.RunAsync(week, CancellationToken.None);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
    }
}
