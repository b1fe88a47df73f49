using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Conversations;

namespace PlanBot.Tests.EndToEnd;

/// <summary>
/// PlanBot against Microsoft's local Teams emulator, both real processes talking HTTP on loopback: what a person in
/// Teams sees on install and when they write.
/// </summary>
public sealed class PlaygroundConversationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Install_PersonalChat_WelcomeCardArrivesAndTheChatIsRecorded()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var chat = playground.Config.PersonalChatId;

        await playground.InstallAsync(chat, CancellationToken.None);

        var welcome = await playground.WaitForBotMessageAsync(m => CardText(m).Contains("PlanBot", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("ようこそ", CardText(welcome), StringComparison.Ordinal);
        var recorded = await bot.Services.GetRequiredService<IConversationStore>().FindAsync(chat, CancellationToken.None);
        Assert.NotNull(recorded);
        Assert.Equal(ConversationKind.Personal, recorded.Kind);
        Assert.Equal(playground.Config.CurrentUser.AadObjectId, recorded.UserAadObjectId);
        Assert.StartsWith("http://localhost:", recorded.ServiceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_Team_TeamWelcomeExplainsTheDigestChannelAndTheChannelIsRecorded()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);

        await playground.InstallAsync(playground.Config.TeamId, CancellationToken.None);

        var welcome = await playground.WaitForBotMessageAsync(m => CardText(m).Contains("ダイジェストをここに投稿", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.NotNull(welcome);
        var channels = await bot.Services.GetRequiredService<IConversationStore>().ListAsync(ConversationKind.Channel, CancellationToken.None);
        var channel = Assert.Single(channels);
        Assert.Equal(playground.Config.TeamId, channel.TeamId);
    }

    [Fact]
    public async Task Message_Help_HelpCardArrives_OtherText_PoliteSetUpReply()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var chat = playground.Config.PersonalChatId;
        var user = playground.Config.CurrentUser.Id;

        await playground.SendAsync(chat, user, "ヘルプ", CancellationToken.None);
        var help = await playground.WaitForBotMessageAsync(m => CardText(m).Contains("第3四半期の遅延は?", StringComparison.Ordinal), Patience, CancellationToken.None);

        await playground.SendAsync(chat, user, "こんにちは", CancellationToken.None);
        var reply = await playground.WaitForBotMessageAsync(m => Text(m).Contains("準備中", StringComparison.Ordinal), Patience, CancellationToken.None);

        Assert.Contains("リマインド送信", CardText(help), StringComparison.Ordinal);
        Assert.Contains("ヘルプ", Text(reply), StringComparison.Ordinal);
    }

    private static string Text(JsonObject evt) => evt["message"]?["text"]?.GetValue<string>() ?? "";

    /// <summary>Every string in the message's card attachments, for asserting on what the user reads.</summary>
    private static string CardText(JsonObject evt) =>
        string.Join("\n", (evt["message"]?["attachments"]?.AsArray() ?? []).SelectMany(a => Strings(a?["content"])));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        _ => [],
    };
}
