using System.Text.RegularExpressions;

namespace PlanBot.Teams.Chat;

/// <summary>
/// One row of the chat-command table (<see cref="ChatCommands"/>): the word users write, which is also its title in
/// Teams' command menu, its other spellings, who may use it and where, and the one line that explains it in the help card
/// and the app manifest.
/// </summary>
public sealed record ChatCommand
{
    /// <summary>The command as users write it and Teams' command menu shows it (at most 32 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings, Japanese and English, matched like the name (case and width do not matter).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public ChatAudience Audience { get; init; } = ChatAudience.Everyone;

    public ChatScopes Scopes { get; init; } = ChatScopes.All;

    /// <summary>What it does, in one polite Japanese line (help card, manifest; at most 128 characters).</summary>
    public required string Help { get; init; }

    /// <summary>The same line in English, for the manifest's en-us strings.</summary>
    public required string HelpInEnglish { get; init; }

    /// <summary>
    /// Whether carrying it out changes what PlanBot stores (queues cards, chooses a channel). Such a command is carried
    /// out before Teams is told the message arrived, so once acknowledged it cannot be lost (see
    /// <see cref="StateChangingMessages"/>); the others are acknowledged at once and answered from the queue.
    /// </summary>
    public bool ChangesState { get; init; }

    /// <summary>Whether one word may follow the command, handed to the handler (「リマインド送信 2026Q3」).</summary>
    public bool TakesArgument { get; init; }

    /// <summary>
    /// A form the spellings cannot express, such as the argument written before the word (「2026Q2の報告書」): tried
    /// against the whole message (as <see cref="MessageText.CommandOf"/> reads it) when no spelling matched; its named
    /// group <c>argument</c>, when it matched, is handed to the handler. Null for most commands.
    /// </summary>
    public Regex? Pattern { get; init; }

    /// <summary>
    /// The <see cref="IChatCommandHandler"/> that carries it out; null for a word that is answered as a question (進捗,
    /// 遅延, 未回答), which the table lists so the help card and the command menu show it.
    /// </summary>
    public Type? Handler { get; init; }

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Spellings => [Name, .. Aliases];
}
