using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Progress;
using PlanBot.Teams.Digest;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Digest;

/// <summary>What the outbox sender gets for a digest entry, and what recording the post changes, in the real host.</summary>
public sealed class WeeklyDigestServiceTests
{
    private const string Channel = "19:digest@thread.tacv2";
    private static readonly DateOnly Week = new(2026, 11, 30);
    private static readonly DateTimeOffset MondayNine = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Japanese as written, so the card's words can be looked for in its JSON.</summary>
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task BuildMessageAsync_EnqueuedWeek_CardAndTextWithTheChangesSinceTheChannelsLastDigest()
    {
        var clock = new FakeTimeProvider(MondayNine);
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        var channels = bot.Services.GetRequiredService<IDigestChannelStore>();
        await channels.ChooseAsync(Channel, "team-1", "admin@example.com", MondayNine.AddDays(-14), CancellationToken.None);
        await channels.RecordPostedAsync(Channel, MondayNine.AddDays(-7), CancellationToken.None);
        var progress = bot.Services.GetRequiredService<IProgressStore>();
        var q3 = new FiscalQuarter(2026, 3);
        await progress.AppendAsync(new ProgressReport("3-1", q3, ProgressStatus.OnTrack, 30, null, "a@example.com", MondayNine.AddDays(-10)), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("3-1", q3, ProgressStatus.Delayed, 35, "採択待ち", "a@example.com", MondayNine.AddDays(-2)), CancellationToken.None);
        var digests = bot.Services.GetRequiredService<WeeklyDigestService>();
        await digests.EnqueueWeekAsync(Week, CancellationToken.None);
        var entry = await bot.Services.GetRequiredService<IOutbox>().FindAsync(new DigestKey(Channel, Week).ToString(), CancellationToken.None);

        var message = await digests.BuildMessageAsync(entry!, CancellationToken.None);

        Assert.NotNull(message);
        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Null(message.Text);
        var card = Assert.Single(message.Attachments!);
        var fallback = card.Content!.Value.GetProperty("fallbackText").GetString();
        Assert.StartsWith("週次ダイジェスト 2026年11月30日\n", fallback, StringComparison.Ordinal);
        Assert.Contains("【前回（11月23日）からの変化】", fallback, StringComparison.Ordinal);
        Assert.Contains("遅延になった項目", fallback, StringComparison.Ordinal);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        Assert.Equal("AdaptiveCard", card.Content!.Value.GetProperty("type").GetString());
        Assert.Contains("採択待ち", JsonSerializer.Serialize(card.Content, Unescaped), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordPostedAsync_AfterSending_NextDigestsChangesStartThen()
    {
        var clock = new FakeTimeProvider(MondayNine);
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        await bot.Services.GetRequiredService<IDigestChannelStore>().ChooseAsync(Channel, "team-1", "admin@example.com", MondayNine.AddDays(-14), CancellationToken.None);
        var digests = bot.Services.GetRequiredService<WeeklyDigestService>();
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        await digests.EnqueueWeekAsync(Week, CancellationToken.None);
        var entry = await outbox.FindAsync(new DigestKey(Channel, Week).ToString(), CancellationToken.None);

        await digests.RecordPostedAsync(entry!, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(7));
        await digests.EnqueueWeekAsync(Week.AddDays(7), CancellationToken.None);
        var next = await digests.BuildMessageAsync(
            (await outbox.FindAsync(new DigestKey(Channel, Week.AddDays(7)).ToString(), CancellationToken.None))!, CancellationToken.None);

        Assert.Equal(MondayNine, (await bot.Services.GetRequiredService<IDigestChannelStore>().FindAsync(Channel, CancellationToken.None))!.LastPostedAt);
        Assert.Contains("【前回（11月30日）からの変化】", next!.Attachments![0].Content!.Value.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildMessageAsync_ChannelStoppedAfterTheWeekWasEnqueued_NothingToPost()
    {
        await using var bot = PlanBotOnLoopback.Start(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(MondayNine)));
        var channels = bot.Services.GetRequiredService<IDigestChannelStore>();
        await channels.ChooseAsync(Channel, "team-1", "admin@example.com", MondayNine.AddDays(-14), CancellationToken.None);
        var digests = bot.Services.GetRequiredService<WeeklyDigestService>();
        await digests.EnqueueWeekAsync(Week, CancellationToken.None);
        await channels.StopAsync(Channel, "admin@example.com", MondayNine, CancellationToken.None);
        var entry = await bot.Services.GetRequiredService<IOutbox>().FindAsync(new DigestKey(Channel, Week).ToString(), CancellationToken.None);

        Assert.Null(await digests.BuildMessageAsync(entry!, CancellationToken.None));
    }

    [Fact]
    public async Task BuildMessageAsync_NotADigestEntry_Throws()
    {
        await using var bot = PlanBotOnLoopback.Start();
        var reminder = new OutboxMessage(1, OutboxKinds.ReminderCard, "k", "a@example.com", null, "{}", OutboxState.Pending, 0, MondayNine, null, null);

        await Assert.ThrowsAsync<ArgumentException>(() => bot.Services.GetRequiredService<WeeklyDigestService>().BuildMessageAsync(reminder, CancellationToken.None));
    }
}
