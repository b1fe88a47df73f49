using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Client;

namespace PlanBot.Connector.Tests.Client;

/// <summary>Teams' sliding-window limits, kept in fake time.</summary>
public sealed class SendPacerTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitTurn_EighthSendInOneSecond_WaitsUntilFirstLeavesWindow()
    {
        var pacer = Create();
        for (var i = 0; i < 7; i++)
        {
            Assert.True(pacer.WaitTurnAsync("a:1", CancellationToken.None).IsCompletedSuccessfully);
        }

        var eighth = pacer.WaitTurnAsync("a:1", CancellationToken.None).AsTask();
        var otherConversation = pacer.WaitTurnAsync("a:2", CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var stillWaiting = eighth.IsCompleted;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(otherConversation.IsCompletedSuccessfully);
        Assert.False(stillWaiting);
    }

    [Fact]
    public async Task WaitTurn_SixtyOneSendsSpreadOut_SixtyFirstWaitsForThirtySecondWindow()
    {
        var pacer = Create();
        for (var i = 0; i < 60; i++)
        {
            await RunInFakeTimeAsync(pacer.WaitTurnAsync("a:1", CancellationToken.None).AsTask());
        }

        var sixtiethAt = clock.GetUtcNow();
        await RunInFakeTimeAsync(pacer.WaitTurnAsync("a:1", CancellationToken.None).AsTask());

        // 60 sends took ~8 s in bursts of 7; the 61st must wait until the first (at 0 s) is 30 s old.
        var start = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
        Assert.InRange(sixtiethAt - start, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(9));
        Assert.InRange(clock.GetUtcNow() - start, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30.5));
    }

    [Fact]
    public void WaitTurn_AppLimitReached_OtherConversationsWaitToo()
    {
        var options = new BotConnectorOptions();
        options.Pacing.AppLimit = 3;
        var pacer = new SendPacer(Options.Create(options), clock);

        var results = Enumerable.Range(0, 4).Select(i => pacer.WaitTurnAsync("a:" + i, CancellationToken.None).IsCompletedSuccessfully).ToList();

        Assert.Equal([true, true, true, false], results);
    }

    [Fact]
    public void WaitTurn_Disabled_NeverWaits()
    {
        var options = new BotConnectorOptions();
        options.Pacing.Enabled = false;
        var pacer = new SendPacer(Options.Create(options), clock);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(pacer.WaitTurnAsync("a:1", CancellationToken.None).IsCompletedSuccessfully));
    }

    private SendPacer Create() => new(Options.Create(new BotConnectorOptions()), clock);

    /// <summary>Advances the fake clock in 1 ms steps until the wait is over (each step fires due timers synchronously).</summary>
    private async Task RunInFakeTimeAsync(Task wait)
    {
        while (!wait.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Yield();
        }

        await wait;
    }
}
