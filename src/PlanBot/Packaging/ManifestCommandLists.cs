using System.Text.Json.Nodes;
using PlanBot.Teams.Chat;

namespace PlanBot.Packaging;

/// <summary>
/// The bot's command menus in the app manifest, written from the chat-command table (<see cref="ChatCommands"/>) so the
/// menus, the help card and what the router understands are the same list: one <c>commandLists</c> entry per scope with
/// the commands that work there, titled as users write them, described by the table's Japanese line; the English lines
/// go into the English language file.
/// </summary>
internal static class ManifestCommandLists
{
    /// <summary>The manifest schema's limit of commands in one list.</summary>
    public const int MaxCommandsPerList = 10;

    /// <summary>The lists, in the manifest's scope order, each scope with the commands that work there.</summary>
    public static IReadOnlyList<(string Scope, IReadOnlyList<ChatCommand> Commands)> Lists { get; } =
    [
        .. ChatScopesExtensions.ManifestNames
            .Select(s => (s.ManifestName, (IReadOnlyList<ChatCommand>)[.. ChatCommands.All.Where(c => (c.Scopes & s.Scope) != 0)]))
            .Where(l => l.Item2.Count > 0),
    ];

    /// <summary>Sets <c>commandLists</c> of the manifest's bot, replacing what the template had.</summary>
    public static void Write(JsonObject bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot["commandLists"] = new JsonArray([.. Lists.Select(l => new JsonObject
        {
            ["scopes"] = new JsonArray(l.Scope),
            ["commands"] = new JsonArray([.. l.Commands.Select(c => new JsonObject { ["title"] = c.Name, ["description"] = c.Help })]),
        })]);
    }

    /// <summary>Adds the English description of every listed command to an English language file's strings.</summary>
    public static void WriteEnglish(JsonObject strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        for (var list = 0; list < Lists.Count; list++)
        {
            for (var command = 0; command < Lists[list].Commands.Count; command++)
            {
                strings[$"bots[0].commandLists[{list}].commands[{command}].description"] = Lists[list].Commands[command].HelpInEnglish;
            }
        }
    }
}
