
namespace PlanBot.Tests.RosterCheck;

/// <summary>
/// 「名簿確認」 through real HTTP on loopback both ways: the activity posted to the host, the team's members read from a
/// fake Teams page by page, and the card PlanBot replies with as the fake Teams receives it.
/// </summary>
public sealed class RosterCheckCommandTests
{
    [Fact]
    public async Task TryHandleAsync_AdminInTheir1To1Chat_GetsTheCardNamingWhoCouldNotBeMatched()
    {
        await using var bot = await RosterCheckBot.StartAsync();

        var reply = await bot.AskAsync(RosterCheckBot.Admin, "名簿確認");

        var text = RosterCheckBot.Lines(reply);
        Assert.Equal("AdaptiveCard", reply.Card.GetProperty("type").GetString());
        Assert.Equal("1.5", reply.Card.GetProperty("version").GetString());
        Assert.Contains("名簿確認", text, StringComparison.Ordinal);
        Assert.Contains("名簿に登録されていない Teams ユーザー（1名）\n名簿にない方は進捗を報告できません。必要な方は名簿に追加してください。\n・部外 者 guest@partner.example.com", text, StringComparison.Ordinal);
        Assert.Contains("Teams で見つからない名簿の方（1名）", text, StringComparison.Ordinal);
        Assert.Contains("・伊藤 四郎 （地域共創部） ito@example.jp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("田中 一郎", text, StringComparison.Ordinal);
        Assert.Contains("担当者のいない取組", text, StringComparison.Ordinal);
        Assert.Contains("今期のリマインドはまだ始まっていません。", text, StringComparison.Ordinal);
        Assert.StartsWith("名簿確認\n名簿: 3名\nTeams で確認できた方: 2名\n確認したチーム: 1件\n", text, StringComparison.Ordinal);
        // Three members two a page: both pages were read.
        Assert.Equal(2, bot.Teams.MemberListings);
        Assert.Contains("部外 者", reply.Card.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandleAsync_AdminMentionsPlanBotInTheChannelWithTheAliasAndAFullStop_GetsTheCardThere()
    {
        await using var bot = await RosterCheckBot.StartAsync();

        var reply = await bot.AskAsync(RosterCheckBot.Admin, "名簿チェック。", inChannel: true);

        Assert.Equal(RosterCheckBot.TeamChannel, reply.ConversationId);
        Assert.Contains("Teams で見つからない名簿の方（1名）", RosterCheckBot.Lines(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandleAsync_Member_IsPolitelyRefusedAndNoMemberListIsRead()
    {
        await using var bot = await RosterCheckBot.StartAsync();

        var reply = await bot.AskAsync(RosterCheckBot.Member, "名簿確認");

        Assert.Equal("申し訳ありません。「名簿確認」は管理者のみ実行できます。", RosterCheckBot.Lines(reply));
        Assert.Equal(0, bot.Teams.MemberListings);
    }

    [Fact]
    public async Task TryHandleAsync_OneTeamsMemberListIsRefused_TheCardNamesThatTeamAsNotSearched()
    {
        await using var bot = await RosterCheckBot.StartAsync(brokenTeam: true);

        var reply = await bot.AskAsync(RosterCheckBot.Admin, "名簿確認");

        var text = RosterCheckBot.Lines(reply);
        Assert.Contains("確認できなかったチーム（1件）\nメンバー一覧を取得できませんでした。", text, StringComparison.Ordinal);
        Assert.Contains("・広報チーム", text, StringComparison.Ordinal);
        // The team that answered was still searched.
        Assert.Contains("・部外 者", text, StringComparison.Ordinal);
        Assert.Contains("確認したチーム: 1件", text, StringComparison.Ordinal);
    }
}
