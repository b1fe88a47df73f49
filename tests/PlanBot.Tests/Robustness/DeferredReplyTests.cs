using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Domain.Outbox;
using PlanBot.Tests.EndToEnd;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Robustness;

/// <summary>A reply Teams would not take during the turn is kept in the outbox and delivered when Teams allows it.</summary>
public sealed class DeferredReplyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Reply_ThrottledDuringTheTurn_IsDeliveredFromTheOutboxOnceRetryAfterHasPassed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero));
        await using var teams = await FakeTeams.StartAsync();
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        using var http = new HttpClient();
        const string chat = "a:throttled-user";
        teams.ThrottleOnce(chat, retryAfterSeconds: 30);
        var message = TeamsMessage.Personal(teams.ServiceUrl, chat, "29:throttled", "ヘルプ");

        using var response = await http.PostAsync(bot.MessagesEndpoint, new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"));
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        var kept = await KeptReplyAsync(outbox);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Single(teams.Arrived);
        Assert.Empty(teams.Delivered);
        Assert.Equal(chat, kept.ConversationId);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(30), kept.NextAttemptAt);

        // The sender's next poll, whenever it began waiting: the clock moves on until the reply is delivered.
        for (var waited = Stopwatch.StartNew(); teams.Delivered.Count == 0 && waited.Elapsed < Patience;)
        {
            clock.Advance(TimeSpan.FromSeconds(16));
            await teams.DeliveredChanged(TimeSpan.FromMilliseconds(200));
        }

        var delivered = await teams.DeliveredToAsync(chat, 0, Patience);

        Assert.Equal((string?)message["id"], delivered.Activity.GetProperty("replyToId").GetString());
        Assert.Contains("PlanBot", delivered.CardText, StringComparison.Ordinal);
        Assert.Equal(2, teams.Arrived.Count);
    }

    private static async Task<OutboxMessage> KeptReplyAsync(IOutbox outbox)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < Patience; await Task.Delay(20))
        {
            if ((await outbox.ListAsync("reply:", CancellationToken.None)).SingleOrDefault() is { } kept)
            {
                return kept;
            }
        }

        throw new Xunit.Sdk.XunitException("The throttled reply never reached the outbox.");
    }
}
