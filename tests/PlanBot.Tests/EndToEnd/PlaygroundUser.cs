using System.Text.Json.Nodes;

namespace PlanBot.Tests.EndToEnd;

/// <summary>A user of the emulator's made-up tenant.</summary>
public sealed record PlaygroundUser(string Id, string Name, string Email, string AadObjectId)
{
    public static PlaygroundUser From(JsonObject user) => new(
        user["id"]!.GetValue<string>(),
        user["name"]!.GetValue<string>(),
        user["email"]!.GetValue<string>(),
        user["aadObjectId"]!.GetValue<string>());
}
