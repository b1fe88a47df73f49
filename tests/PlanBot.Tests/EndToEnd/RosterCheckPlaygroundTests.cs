using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.People;

namespace PlanBot.Tests.EndToEnd;

/// <summary>「名簿確認」 in Microsoft's emulator: the team's members come from the emulator's own paged members route.</summary>
public sealed class RosterCheckPlaygroundTests
{
    /// <summary>The bot's id in tests/e2e/.m365agentsplayground.yml.</summary>
    private const string BotId = "28:planbot-local";

    private const string Mention = "<at>PlanBot</at>";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RosterCheck_AdminInTheTeamChannel_SeesTheTeamsUsersOffTheRosterAndTheRosterPersonNotInTheTeam()
    {
        await using var bot = PlanBotOnLoopback.Start();
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint, CancellationToken.None);
        var admin = playground.Config.CurrentUser;
        var colleague = playground.Config.Users.First(u => u.Id != admin.Id);
        await bot.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [
                new Person(admin.Name, admin.Email, admin.AadObjectId, "経営企画室", PersonRole.Admin),
                new Person(colleague.Name, colleague.Email, colleague.AadObjectId, "産業振興部", PersonRole.Member),
                new Person("名簿 のみ", "roster.only@example.com", null, "地域共創部", PersonRole.Member),
            ],
            CancellationToken.None);
        var channel = playground.Config.ChannelIds[0];
        await playground.InstallAsync(channel, CancellationToken.None);

        await playground.SendAsync(channel, admin.Id, $"{Mention} 名簿確認", [(BotId, Mention)], CancellationToken.None);

        var card = await playground.WaitForBotMessageAsync(m => PlaygroundMessage.CardText(m).Contains("名簿に登録されていない Teams ユーザー", StringComparison.Ordinal), Patience, CancellationToken.None);
        var text = PlaygroundMessage.CardText(card);
        var offRoster = playground.Config.Users.Where(u => u.Id != admin.Id && u.Id != colleague.Id).ToArray();
        Assert.NotEmpty(offRoster);
        Assert.All(offRoster, u => Assert.Contains(u.Name, text, StringComparison.Ordinal));
        Assert.Contains("Teams で見つからない名簿の方（1名）", text, StringComparison.Ordinal);
        Assert.Contains("名簿 のみ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("確認できなかったチーム", text, StringComparison.Ordinal);
    }
}
