using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;

namespace PlanBot.Tests.EndToEnd;

/// <summary>
/// PlanBot against Microsoft's local Teams emulator, both real processes talking HTTP on loopback: what a person in
/// Teams sees on install and when they write.
/// </summary>
public sealed class PlaygroundConversationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Saturday 2026-11-28, 10:00 JST: 今期 is 2026Q3.</summary>
    private static readonly DateTimeOffset QuestionTime = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Install_PersonalChat_WelcomeCardArrivesAndTheChatIsRecorded()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var chat = playground.Config.PersonalChatId;

        await playground.InstallAsync(chat, CancellationToken.None);

        var welcome = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("PlanBot", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("ようこそ", PlaygroundMessage.CardText(welcome), StringComparison.Ordinal);
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

        var welcome = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("ダイジェストをここに投稿", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.NotNull(welcome);
        var channels = await bot.Services.GetRequiredService<IConversationStore>().ListAsync(ConversationKind.Channel, CancellationToken.None);
        var channel = Assert.Single(channels);
        Assert.Equal(playground.Config.TeamId, channel.TeamId);
    }

    [Fact]
    public async Task Message_Help_HelpCardArrives()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);

        await playground.SendAsync(playground.Config.PersonalChatId, playground.Config.CurrentUser.Id, "ヘルプ", CancellationToken.None);

        var help = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("第3四半期の遅延は?", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("未回答", PlaygroundMessage.CardText(help), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_ManagerAsksForThisQuartersDelays_AnswerCardListsExactlyTheDelayedItem()
    {
        var q3 = new FiscalQuarter(2026, 3);
        var text = await AskInPersonalChatAsync("今期の遅延は?", "遅延", "産業振興部", PersonRole.Manager, me =>
        [
            new ProgressReport("3-1", q3, ProgressStatus.Delayed, 40, "補助金の採択待ちで遅れています", me, QuestionTime),
            new ProgressReport("1-1", q3, ProgressStatus.OnTrack, 60, null, me, QuestionTime),
        ]);

        Assert.Contains("九州全域での中小・中堅企業に対するDX支援の推進", text, StringComparison.Ordinal);
        Assert.Contains("補助金の採択待ちで遅れています", text, StringComparison.Ordinal);
        Assert.DoesNotContain("九州地域戦略会議と連携した", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_OneInitiativesStatus_AnswerNamesItAndShowsTheOwnersComment()
    {
        var owner = new Person("森 由美", "mori@example.jp", null, "地域共創部", PersonRole.Member);
        var text = await AskInPersonalChatAsync("取組6 の状況", "取組6", "経営企画室", PersonRole.Manager, _ =>
        [
            new ProgressReport("6-1", new FiscalQuarter(2026, 2), ProgressStatus.OnTrack, 40, null, owner.Email, QuestionTime.AddMonths(-3)),
            new ProgressReport("6-1", new FiscalQuarter(2026, 3), ProgressStatus.AtRisk, 55, "木造ビル見学会の参加企業が集まっていません", owner.Email, QuestionTime),
        ], owner);

        Assert.Contains("中大規模木造建築物の普及による林業活性化とCO2削減への貢献", text, StringComparison.Ordinal);
        Assert.Contains("木造ビル見学会の参加企業が集まっていません", text, StringComparison.Ordinal);
        Assert.Contains("森 由美", text, StringComparison.Ordinal);
        Assert.Contains("悪化(2026年度 第2四半期: 順調)", text, StringComparison.Ordinal);
        Assert.Contains("取組6の履歴", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_DepartmentsStatus_AnswerNamesItsInitiativesAndNoOthers()
    {
        var text = await AskInPersonalChatAsync("総務国際部の状況", "総務国際部", "総務国際部", PersonRole.Member, me =>
        [
            new ProgressReport("12-1", new FiscalQuarter(2026, 3), ProgressStatus.Delayed, 30, "誘致先の国際会議が延期になりました", me, QuestionTime),
        ]);

        Assert.Contains("11. MOU締結先の企業と九経連会員企業との交流機会の提供", text, StringComparison.Ordinal);
        Assert.Contains("12. 他団体と連携したMICE等誘致支援", text, StringComparison.Ordinal);
        Assert.Contains("誘致先の国際会議が延期になりました", text, StringComparison.Ordinal);
        Assert.Contains("2件(遅延 1、報告なし 1)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("九州MaaSの推進", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13. ", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Asks <paramref name="question"/> in the personal chat on <see cref="QuestionTime"/> as the Playground's user, who is
    /// on the roster in <paramref name="department"/> with <paramref name="role"/> beside <paramref name="others"/>, once
    /// the reports made from the user's e-mail are stored; returns the text of the answer card that contains <paramref name="expected"/>.
    /// </summary>
    private static async Task<string> AskInPersonalChatAsync(
        string question, string expected, string department, PersonRole role, Func<string, ProgressReport[]> reports, params Person[] others)
    {
        var clock = new FakeTimeProvider(QuestionTime);
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var me = playground.Config.CurrentUser;
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [new Person(me.Name, me.Email, me.AadObjectId, department, role), .. others], CancellationToken.None);
        var progress = bot.Services.GetRequiredService<IProgressStore>();
        foreach (var report in reports(me.Email))
        {
            await progress.AppendAsync(report, CancellationToken.None);
        }

        await playground.SendAsync(playground.Config.PersonalChatId, me.Id, question, CancellationToken.None);

        var answer = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains(expected, StringComparison.Ordinal), Patience, CancellationToken.None);
        return PlaygroundMessage.CardText(answer);
    }

    [Fact]
    public async Task Question_InATeamChannelWithTheBotMentioned_IsAnsweredInTheChannel()
    {
        var clock = new FakeTimeProvider(QuestionTime);
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var me = playground.Config.CurrentUser;
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [new Person(me.Name, me.Email, me.AadObjectId, "産業振興部", PersonRole.Manager)], CancellationToken.None);
        var channel = playground.Config.ChannelIds[0];
        const string mention = "<at>PlanBot</at>";

        await playground.SendAsync(channel, me.Id, $"{mention} 産業振興部の進捗", [("28:planbot-local", mention)], CancellationToken.None);

        var answer = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("産業振興部", StringComparison.Ordinal), Patience, CancellationToken.None);
        // A channel answer is a reply in the asker's thread: the channel id with ";messageid=…".
        Assert.StartsWith(channel + ";messageid=", PlaygroundMessage.ConversationId(answer), StringComparison.Ordinal);
        Assert.Contains("未回答", PlaygroundMessage.CardText(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_AskerNotOnRoster_IsToldPolitelyAndShownNothing()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);

        await playground.SendAsync(playground.Config.PersonalChatId, playground.Config.CurrentUser.Id, "今期の遅延は?", CancellationToken.None);

        var reply = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("名簿", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("管理者", PlaygroundMessage.CardText(reply), StringComparison.Ordinal);
    }
}
