using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Tests.EndToEnd;

/// <summary>The ids the emulator made up for its tenant, users, chats and team (from its own testConfig route).</summary>
public sealed record PlaygroundConfig(
    string TenantId,
    PlaygroundUser CurrentUser,
    IReadOnlyList<PlaygroundUser> Users,
    string PersonalChatId,
    string TeamId,
    IReadOnlyList<string> ChannelIds)
{
    public static async Task<PlaygroundConfig> ReadAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var root = await http.GetFromJsonAsync<JsonObject>("_internal/v1/testConfig", cancellationToken)
            ?? throw new InvalidOperationException("The emulator returned no test configuration.");
        var config = root["config"]!.AsObject();
        var team = config["teams"]!.AsArray()[0]!.AsObject();
        return new PlaygroundConfig(
            config["tenantId"]!.GetValue<string>(),
            PlaygroundUser.From(config["currentUser"]!.AsObject()),
            config["users"]!.AsArray().Select(u => PlaygroundUser.From(u!.AsObject())).ToList(),
            config["personalChat"]!["id"]!.GetValue<string>(),
            team["id"]!.GetValue<string>(),
            team["channels"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList());
    }
}
