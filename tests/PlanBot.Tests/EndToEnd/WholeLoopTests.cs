using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.Reminders;

namespace PlanBot.Tests.EndToEnd;

/// <summary>
/// The whole loop a federation lives through each quarter, in Microsoft's emulator against the real host: install,
/// help, an administrator runs the reminder, the person in charge answers on the card, a manager asks.
/// </summary>
public sealed class WholeLoopTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Quarter_RemindAnswerAsk_EveryStepVisibleInTeams()
    {
        // 2026-12-22 10:00 JST, the first reminder day of 2026Q3.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero));
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var me = playground.Config.CurrentUser;
        var chat = playground.Config.PersonalChatId;
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [new Person(me.Name, me.Email, me.AadObjectId, "経営企画室", PersonRole.Admin)], CancellationToken.None);

        // 1. Install: the welcome card.
        await playground.InstallAsync(chat, CancellationToken.None);
        await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("ようこそ", StringComparison.Ordinal), Patience, CancellationToken.None);

        // 2. ヘルプ: the help card, with the administrator's commands.
        await playground.SendAsync(chat, me.Id, "ヘルプ", CancellationToken.None);
        await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("リマインド送信", StringComparison.Ordinal), Patience, CancellationToken.None);

        // 3. The administrator runs the reminder; the outbox delivers the card to the person in charge (here, themselves).
        await playground.SendAsync(chat, me.Id, "リマインド送信", CancellationToken.None);
        await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("カード 1枚", StringComparison.Ordinal), Patience, CancellationToken.None);
        await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        var reminder = await playground.WaitForBotMessageAsync(
            m => PlaygroundMessage.CardText(m).Contains("適正な価格転嫁による成長と分配の好循環の実現", StringComparison.Ordinal), Patience, CancellationToken.None);

        // 4. They answer on the card (Action.Execute): the card comes back as the recorded version, and it is stored.
        var data = PlaygroundMessage.ExecuteData(reminder, ReminderCardVerbs.SubmitProgress);
        data["status:14-1"] = "遅延";
        data["percent:14-1"] = "30";
        data["comment:14-1"] = "他団体との日程調整がつかず、呼びかけが1月にずれ込みます。";
        var response = await playground.ExecuteAsync(chat, me.Id, PlaygroundMessage.MessageId(reminder), ReminderCardVerbs.SubmitProgress, data, CancellationToken.None);
        var recorded = string.Join("\n", PlaygroundMessage.Strings(response["value"]));
        Assert.Contains("記録しました", recorded, StringComparison.Ordinal);
        var stored = await bot.Services.GetRequiredService<IProgressStore>().ListAsync("14-1", CancellationToken.None);
        Assert.Equal(ProgressStatus.Delayed, Assert.Single(stored).Status);

        // 5. A manager asks: the answer lists that item, with its comment.
        await playground.SendAsync(chat, me.Id, "今期の遅延は?", CancellationToken.None);
        var answer = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("他団体との日程調整", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Contains("適正な価格転嫁", PlaygroundMessage.CardText(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindNow_FromAMember_IsRefusedPolitelyAndQueuesNothing()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var me = playground.Config.CurrentUser;
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [new Person(me.Name, me.Email, me.AadObjectId, "経営企画室", PersonRole.Member)], CancellationToken.None);

        await playground.SendAsync(playground.Config.PersonalChatId, me.Id, "リマインド送信 2026Q3。", CancellationToken.None);

        await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("管理者のみ", StringComparison.Ordinal), Patience, CancellationToken.None);
        Assert.Equal(0, await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None));
    }
}
