using PlanBot.Connector.Hosting;

namespace PlanBot.Connector.Tests.Support;

/// <summary>One local issuer and one authenticated bot host, shared by a test class.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public TestIssuer Issuer { get; } = new();

    public BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Issuer.InitializeAsync();
        Host = await BotHost.StartAsync(BotHost.AuthenticatedSettings(Issuer));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>Drains handled turns until the one with <paramref name="activityId"/>; returns the ids seen on the way.</summary>
    public async Task<List<string?>> HandledUntilAsync(string activityId) => (await HandledTurnAsync(activityId)).Seen;

    /// <summary>Drains handled turns until the one with <paramref name="activityId"/>.</summary>
    public async Task<(TurnContext Turn, List<string?> Seen)> HandledTurnAsync(string activityId)
    {
        var seen = new List<string?>();
        while (true)
        {
            var turn = await Host.Handler.NextAsync();
            seen.Add(turn.Activity.Id);
            if (turn.Activity.Id == activityId)
            {
                return (turn, seen);
            }
        }
    }
}
