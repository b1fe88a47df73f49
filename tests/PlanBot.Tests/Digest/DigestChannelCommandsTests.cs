using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Digest;

/// <summary>
/// The digest channel commands written in the emulator's team channel with the bot @mentioned, through real HTTP on
/// loopback: what the admin or member reads back, and what the store then holds.
/// </summary>
public sealed class DigestChannelCommandsTests
{
    /// <summary>The bot's id in tests/e2e/.m365agentsplayground.yml.</summary>
    private const string BotId = "28:planbot-local";

    private const string Mention = "<at>PlanBot</at>";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TryHandleAsync_AdminWritesChooseInTheChannel_ConfirmsAndRecordsTheChannel()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var admin = playground.Config.CurrentUser;
        await SeedRosterAsync(bot, (admin, PersonRole.Admin));
        var channel = playground.Config.ChannelIds[0];

        await SayAsync(playground, channel, admin.Id, "ダイジェストをここに投稿");

        var reply = await playground.WaitForBotMessageAsync(m => Text(m).Contains("週次ダイジェスト", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("投稿先にしました", Text(reply), StringComparison.Ordinal);
        var stored = await bot.Services.GetRequiredService<IDigestChannelStore>().FindAsync(channel, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.IsActive);
        Assert.Equal(playground.Config.TeamId, stored.TeamId);
        Assert.Equal(admin.Email, stored.ChosenByEmail);
    }

    [Fact]
    public async Task TryHandleAsync_AdminWritesStopAfterChoosing_ConfirmsAndTheChannelNoLongerGetsTheDigest()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var admin = playground.Config.CurrentUser;
        await SeedRosterAsync(bot, (admin, PersonRole.Admin));
        var channel = playground.Config.ChannelIds[0];
        await SayAsync(playground, channel, admin.Id, "ダイジェストをここに投稿");
        await playground.WaitForBotMessageAsync(m => Text(m).Contains("投稿先にしました", StringComparison.Ordinal), Patience, CancellationToken.None);

        await SayAsync(playground, channel, admin.Id, "ダイジェスト停止");

        var reply = await playground.WaitForBotMessageAsync(m => Text(m).Contains("停止しました", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("ダイジェストをここに投稿", Text(reply), StringComparison.Ordinal);
        var store = bot.Services.GetRequiredService<IDigestChannelStore>();
        Assert.Empty(await store.ListActiveAsync(CancellationToken.None));
        Assert.Equal(admin.Email, (await store.FindAsync(channel, CancellationToken.None))!.StoppedByEmail);
    }

    [Fact]
    public async Task TryHandleAsync_MemberWritesChoose_IsPolitelyRefusedAndNothingIsRecorded()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        // The emulator always writes as its current user, so here that user is on the roster as a member.
        var me = playground.Config.CurrentUser;
        await SeedRosterAsync(bot, (me, PersonRole.Member));

        await SayAsync(playground, playground.Config.ChannelIds[0], me.Id, "ダイジェストをここに投稿");

        var reply = await playground.WaitForBotMessageAsync(m => Text(m).Contains("管理者", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("申し訳ありません", Text(reply), StringComparison.Ordinal);
        Assert.Empty(await bot.Services.GetRequiredService<IDigestChannelStore>().ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TryHandleAsync_AdminWritesChooseInTheirPersonalChat_IsToldToWriteItInTheChannelAndNothingIsRecorded()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var admin = playground.Config.CurrentUser;
        await SeedRosterAsync(bot, (admin, PersonRole.Admin));

        await playground.SendAsync(playground.Config.PersonalChatId, admin.Id, "ダイジェストをここに投稿", CancellationToken.None);

        var reply = await playground.WaitForBotMessageAsync(m => Text(m).Contains("チームのチャネルで", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("メンション", Text(reply), StringComparison.Ordinal);
        Assert.Empty(await bot.Services.GetRequiredService<IDigestChannelStore>().ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TryHandleAsync_MemberAsksForTheDigestInTheirChat_GetsTheDigestScopedToThem()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var me = playground.Config.CurrentUser;
        await SeedRosterAsync(bot, (me, PersonRole.Member));

        await playground.SendAsync(playground.Config.PersonalChatId, me.Id, "ダイジェスト", CancellationToken.None);

        var reply = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("週次ダイジェスト", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains($"{me.Name}さんの担当と総務企画部の項目", PlaygroundMessage.CardText(reply), StringComparison.Ordinal);
        Assert.Contains("【状況】", PlaygroundMessage.CardText(reply), StringComparison.Ordinal);
    }

    private static Task SeedRosterAsync(PlanBotOnLoopback bot, (PlaygroundUser User, PersonRole Role) person) =>
        bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [new Person(person.User.Name, person.User.Email, person.User.AadObjectId, "総務企画部", person.Role)],
            CancellationToken.None);

    private static Task SayAsync(AgentsPlayground playground, string channel, string fromUserId, string command) =>
        playground.SendAsync(channel, fromUserId, $"{Mention} {command}", [(BotId, Mention)], CancellationToken.None);

    /// <summary>What the user reads: the message's text, or its card's (a refusal comes as a notice card).</summary>
    private static string Text(JsonObject evt) => evt["message"]?["text"]?.GetValue<string>() is { Length: > 0 } text ? text : PlaygroundMessage.CardText(evt);
}
