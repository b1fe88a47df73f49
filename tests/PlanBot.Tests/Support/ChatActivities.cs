using System.Text.Json.Nodes;
using PlanBot.Domain.People;

namespace PlanBot.Tests.Support;

/// <summary>Activities as Teams posts them to the bot: a message in a person's 1:1 chat or @mentioning the bot in a team channel, and an invoke.</summary>
internal static class ChatActivities
{
    public static string PersonalChatOf(Person person) => $"a:personal-{person.Email}";

    /// <param name="teamChannel">The channel's conversation id to post there with an @mention; null for the 1:1 chat.</param>
    public static JsonObject Message(Uri serviceUrl, string botId, Person from, string text, string? teamChannel = null)
    {
        var activity = Base("message", serviceUrl, botId, from, teamChannel);
        activity["text"] = teamChannel is null ? text : $"<at>PlanBot</at> {text}";
        if (teamChannel is not null)
        {
            activity["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = teamChannel, ["name"] = "九経連" },
                ["channel"] = new JsonObject { ["id"] = teamChannel },
            };
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>PlanBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = botId, ["name"] = "PlanBot" },
            });
        }

        return activity;
    }

    /// <summary>An invoke named <paramref name="name"/> with <paramref name="value"/>, in <paramref name="from"/>'s 1:1 chat.</summary>
    public static JsonObject Invoke(Uri serviceUrl, string botId, Person from, string name, JsonNode value)
    {
        var activity = Base("invoke", serviceUrl, botId, from, teamChannel: null);
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    private static JsonObject Base(string type, Uri serviceUrl, string botId, Person from, string? teamChannel) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = $"29:{from.Email}", ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = botId, ["name"] = "PlanBot" },
        ["conversation"] = teamChannel is null
            ? new JsonObject { ["id"] = PersonalChatOf(from), ["conversationType"] = "personal" }
            : new JsonObject { ["id"] = teamChannel, ["conversationType"] = "channel", ["isGroup"] = true },
    };
}
