using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Teams.Digest;
using PlanBot.Teams.Export;
using PlanBot.Teams.Help;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.RosterCheck;

namespace PlanBot.Teams.Chat;

/// <summary>
/// Every chat command PlanBot understands, as data: the router matches messages against it, the help card lists it,
/// and the app package writes Teams' command menus from it, so the three cannot disagree. Adding a command is adding a
/// row here and its <see cref="IChatCommandHandler"/>. The order is the order users see.
/// </summary>
public static partial class ChatCommands
{
    /// <summary>The named group of a <see cref="ChatCommand.Pattern"/> that holds the argument.</summary>
    public const string ArgumentGroup = "argument";

    public static IReadOnlyList<ChatCommand> All { get; } =
    [
        new()
        {
            Name = "ヘルプ",
            Aliases = ["help", "へるぷ", "使い方", "?"],
            Help = "使えるコマンドと質問の例をお見せします。",
            HelpInEnglish = "Shows the commands and example questions.",
            Handler = typeof(HelpCommand),
        },
        new()
        {
            Name = "進捗",
            Aliases = ["progress"],
            Help = "取組の進捗をお見せします。例:「産業振興部の進捗」",
            HelpInEnglish = "Shows the initiatives' progress. Example: 産業振興部の進捗",
        },
        new()
        {
            Name = "遅延",
            Aliases = ["delays", "delayed"],
            Help = "遅延・要注意の取組をお見せします。例:「第3四半期の遅延は?」",
            HelpInEnglish = "Lists initiatives that are late or need attention. Example: 第3四半期の遅延は?",
        },
        new()
        {
            Name = "未回答",
            Aliases = ["unanswered"],
            Help = "今期の進捗報告がまだの方をお見せします。例:「未回答は?」",
            HelpInEnglish = "Shows the owners who have not yet answered this quarter's progress card.",
        },
        new()
        {
            Name = "ダイジェスト",
            Aliases = ["digest"],
            Help = "今週のダイジェストをお見せします。",
            HelpInEnglish = "Shows this week's digest (what changed since the last one).",
            Handler = typeof(DigestShowCommand),
        },
        new()
        {
            Name = "エクスポート",
            Aliases = ["Excelで出して", "エクセルで出して", "Excel", "エクセル", "報告書", "進捗報告書", "理事会資料", "export"],
            Scopes = ChatScopes.Personal,
            TakesArgument = true,
            Pattern = QuarterBeforeBoardPaper(),
            Help = "進捗報告書を Excel ファイルでお送りします（個人チャットで）。例:「2026Q2の報告書」",
            HelpInEnglish = "Sends the quarter's progress report as an Excel workbook (personal chat). Example: 2026Q2の報告書",
            Handler = typeof(BoardPaperCommand),
        },
        new()
        {
            Name = "リマインド送信",
            Aliases = ["remind"],
            Audience = ChatAudience.Admins,
            TakesArgument = true,
            Help = "今期の進捗報告カードを担当者へ送ります。例:「リマインド送信 2026Q3」",
            HelpInEnglish = "Admins: sends a quarter's progress cards to the owners now. Example: リマインド送信 2026Q3",
            Handler = typeof(RemindNowCommand),
            ChangesState = true,
        },
        new()
        {
            Name = "ダイジェストをここに投稿",
            Aliases = ["digest here"],
            Audience = ChatAudience.Admins,
            Scopes = ChatScopes.Team,
            Help = "チームのチャネルで @PlanBot を付けて送ると、毎週のダイジェストをそのチャネルに投稿します。",
            HelpInEnglish = "Admins: makes this channel the weekly digest's destination (send it with @PlanBot).",
            Handler = typeof(ChooseDigestChannelCommand),
            ChangesState = true,
        },
        new()
        {
            Name = "ダイジェスト停止",
            Aliases = ["stop digest"],
            Audience = ChatAudience.Admins,
            Scopes = ChatScopes.Team,
            Help = "そのチャネルへのダイジェスト投稿を止めます。",
            HelpInEnglish = "Admins: stops posting the weekly digest to this channel.",
            Handler = typeof(StopDigestChannelCommand),
            ChangesState = true,
        },
        new()
        {
            Name = "名簿確認",
            Aliases = ["名簿チェック", "roster check"],
            Audience = ChatAudience.Admins,
            Help = "名簿と Teams のメンバーを照合し、名簿にない方・Teams で見つからない方・担当者のいない取組・カードが届いていない方をお見せします。",
            HelpInEnglish = "Admins: checks the roster against the teams' members and shows who no card can reach and which initiatives have no owner.",
            Handler = typeof(RosterCheckCommand),
        },
    ];

    /// <summary>The row an empty message (only an @mention) is read as.</summary>
    public static ChatCommand Help { get; } = All[0];

    // Built once: every spelling, as MessageText writes text (NFKC), case-insensitively. A spelling used twice is a
    // mistake in the table, caught when the type is first used (and by a test).
    private static readonly FrozenDictionary<string, ChatCommand> BySpelling = All
        .SelectMany(c => c.Spellings.Select(s => KeyValuePair.Create(s.Normalize(NormalizationForm.FormKC), c)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly ChatCommand[] WithPattern = [.. All.Where(c => c.Pattern is not null)];

    /// <summary>
    /// The command a message is, or null when it is none (then it is a question). The whole text is tried first, so
    /// spellings of several words match; then, for commands that take one, the first word with one word after it; then
    /// the rows' patterns, in the table's order.
    /// </summary>
    /// <param name="text">The message as <see cref="MessageText.Of"/> reads it (mention removed, NFKC, trimmed).</param>
    public static ChatCommandMatch? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new ChatCommandMatch(Help, string.Empty);
        }

        var command = MessageText.CommandOf(text) ?? string.Empty;
        if (BySpelling.TryGetValue(command, out var whole))
        {
            return new ChatCommandMatch(whole, string.Empty);
        }

        var parts = command.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && BySpelling.TryGetValue(parts[0], out var withArgument) && withArgument.TakesArgument)
        {
            return new ChatCommandMatch(withArgument, parts[1]);
        }

        foreach (var row in WithPattern)
        {
            if (row.Pattern!.Match(command) is { Success: true } match)
            {
                return new ChatCommandMatch(row, match.Groups[ArgumentGroup].Value.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// 「2026Q2の報告書」「2025年度第4四半期の理事会資料」「2026Q3をExcelで出して」: something with a digit (the quarter, read by
    /// the handler, which says so when it is none) before a word of the board paper. 「産業振興部の報告書」 has no digit and
    /// stays a question.
    /// </summary>
    [GeneratedRegex(@"^(?<argument>[^のを]*\d[^のを]*?)\s*[のを]?\s*(?:進捗報告書|報告書|理事会資料|エクスポート|export|excel|エクセル)(?:\s*[をで]?\s*(?:出して|ください))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterBeforeBoardPaper();
}
