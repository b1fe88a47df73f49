using PlanBot.Teams.Chat;
using PlanBot.Teams.Digest;
using PlanBot.Teams.Export;
using PlanBot.Teams.Help;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.RosterCheck;

namespace PlanBot.Teams.Tests.Chat;

public sealed class ChatCommandsTests
{
    [Theory]
    [InlineData("ヘルプ", typeof(HelpCommand), "")]
    [InlineData("help", typeof(HelpCommand), "")]
    [InlineData("HELP", typeof(HelpCommand), "")]
    [InlineData("?", typeof(HelpCommand), "")]
    [InlineData("ヘルプ。", typeof(HelpCommand), "")]
    [InlineData("", typeof(HelpCommand), "")]
    [InlineData("名簿確認", typeof(RosterCheckCommand), "")]
    [InlineData("名簿チェック!", typeof(RosterCheckCommand), "")]
    [InlineData("roster check", typeof(RosterCheckCommand), "")]
    [InlineData("リマインド送信", typeof(RemindNowCommand), "")]
    [InlineData("リマインド送信 2026Q3", typeof(RemindNowCommand), "2026Q3")]
    [InlineData("remind 2026Q3。", typeof(RemindNowCommand), "2026Q3")]
    [InlineData("ダイジェスト", typeof(DigestShowCommand), "")]
    [InlineData("ダイジェストをここに投稿", typeof(ChooseDigestChannelCommand), "")]
    [InlineData("Digest Here", typeof(ChooseDigestChannelCommand), "")]
    [InlineData("ダイジェスト停止", typeof(StopDigestChannelCommand), "")]
    [InlineData("エクスポート", typeof(BoardPaperCommand), "")]
    [InlineData("Excelで出して", typeof(BoardPaperCommand), "")]
    [InlineData("エクセルで出して。", typeof(BoardPaperCommand), "")]
    [InlineData("報告書", typeof(BoardPaperCommand), "")]
    [InlineData("理事会資料", typeof(BoardPaperCommand), "")]
    [InlineData("Export 2026Q3", typeof(BoardPaperCommand), "2026Q3")]
    [InlineData("エクスポート 2026年度第3四半期", typeof(BoardPaperCommand), "2026年度第3四半期")]
    public void Match_Command_IsItsRowWithTheWordAfterIt(string text, Type handler, string argument)
    {
        var match = ChatCommands.Match(text);

        Assert.NotNull(match);
        Assert.Equal(handler, match.Command.Handler);
        Assert.Equal(argument, match.Argument);
    }

    [Theory]
    [InlineData("2026Q2の報告書", "2026Q2")]
    [InlineData("2026q3 の 報告書。", "2026q3")]
    [InlineData("2025年度第4四半期の理事会資料", "2025年度第4四半期")]
    [InlineData("2026年度 3Q の報告書", "2026年度 3Q")]
    [InlineData("2026Q3をExcelで出して", "2026Q3")]
    [InlineData("2026Q1の報告書を出して", "2026Q1")]
    [InlineData("3Qの報告書", "3Q")]
    public void Match_ArgumentBeforeTheWord_IsTheRowWhosePatternReadsIt(string text, string argument)
    {
        var match = ChatCommands.Match(text);

        Assert.NotNull(match);
        Assert.Equal(typeof(BoardPaperCommand), match.Command.Handler);
        Assert.Equal(argument, match.Argument);
    }

    [Fact]
    public void All_Patterns_NameNoGroupButTheArgument()
    {
        var patterns = ChatCommands.All.Select(c => c.Pattern).OfType<System.Text.RegularExpressions.Regex>().ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.Equal(["0", ChatCommands.ArgumentGroup], p.GetGroupNames()));
    }

    [Theory]
    [InlineData("進捗", "進捗")]
    [InlineData("progress", "進捗")]
    [InlineData("遅延", "遅延")]
    [InlineData("unanswered", "未回答")]
    public void Match_QuestionWord_IsARowWithoutHandler(string text, string name)
    {
        var match = ChatCommands.Match(text);

        Assert.NotNull(match);
        Assert.Equal(name, match.Command.Name);
        Assert.Null(match.Command.Handler);
    }

    [Theory]
    [InlineData("第3四半期の遅延は?")]
    [InlineData("進捗 2026Q3")]
    [InlineData("産業振興部の進捗")]
    [InlineData("リマインド送信 2026Q3 全員")]
    [InlineData("名簿確認 2026Q3")]
    [InlineData("ダイジェストを見せて")]
    [InlineData("2026Q3の遅延は?")]
    [InlineData("産業振興部の報告書")]
    [InlineData("報告書の進捗")]
    [InlineData("エクスポートしたい資料について")]
    [InlineData("2026Q3の報告書について教えて")]
    public void Match_AnyOtherText_IsNoCommand(string text)
    {
        Assert.Null(ChatCommands.Match(text));
    }

    [Fact]
    public void All_Spellings_AreUniqueAcrossRows()
    {
        var spellings = ChatCommands.All.SelectMany(c => c.Spellings).Select(s => s.ToUpperInvariant()).ToList();

        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_Rows_FitTeamsCommandMenuLimits()
    {
        Assert.All(ChatCommands.All, c =>
        {
            Assert.InRange(c.Name.Length, 1, 32);
            Assert.InRange(c.Help.Length, 1, 128);
            Assert.InRange(c.HelpInEnglish.Length, 1, 128);
            Assert.NotEqual(ChatScopes.None, c.Scopes);
        });
    }

    [Fact]
    public void All_Handlers_AreChatCommandHandlers()
    {
        Assert.All(ChatCommands.All.Select(c => c.Handler).OfType<Type>(), h => Assert.True(typeof(IChatCommandHandler).IsAssignableFrom(h), h.Name));
        Assert.Equal(ChatCommands.All.Count(c => c.Handler is not null), ChatCommands.All.Select(c => c.Handler).OfType<Type>().Distinct().Count());
    }

    [Fact]
    public void Help_IsTheFirstRowAndAnswersAnEmptyMessage()
    {
        Assert.Same(ChatCommands.All[0], ChatCommands.Help);
        Assert.Same(ChatCommands.Help, ChatCommands.Match(string.Empty)!.Command);
    }
}
