using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Tests.Hosting;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryBegin_SameKeyWithinWindow_FalseThenTrueAfterWindow()
    {
        var deduplicator = Create(window: TimeSpan.FromMinutes(15), capacity: 100);

        Assert.True(deduplicator.TryBegin("k"));
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(deduplicator.TryBegin("k"));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(deduplicator.TryBegin("k"));
    }

    [Fact]
    public void TryBegin_OverCapacity_ForgetsOldestFirst()
    {
        var deduplicator = Create(window: TimeSpan.FromHours(1), capacity: 3);

        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            Assert.True(deduplicator.TryBegin(key));
        }

        Assert.False(deduplicator.TryBegin("d"));
        Assert.False(deduplicator.TryBegin("b"));
        Assert.True(deduplicator.TryBegin("a"));
    }

    [Fact]
    public void Forget_AcceptedKey_CanBeginAgain()
    {
        var deduplicator = Create(window: TimeSpan.FromHours(1), capacity: 10);
        deduplicator.TryBegin("k");

        deduplicator.Forget("k");

        Assert.True(deduplicator.TryBegin("k"));
    }

    [Fact]
    public void KeyOf_SameIdInOtherConversation_DifferentKeys()
    {
        var a = new Activity { Id = "1", ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:1" } };
        var b = a with { Conversation = new ConversationAccount { Id = "a:2" } };

        Assert.NotEqual(ActivityDeduplicator.KeyOf(a), ActivityDeduplicator.KeyOf(b));
        Assert.Null(ActivityDeduplicator.KeyOf(a with { Id = null }));
    }

    private ActivityDeduplicator Create(TimeSpan window, int capacity)
    {
        var options = new BotConnectorOptions();
        options.Processing.DeduplicationWindow = window;
        options.Processing.DeduplicationCapacity = capacity;
        return new ActivityDeduplicator(Options.Create(options), clock);
    }
}
