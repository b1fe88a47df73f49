using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Robustness;

/// <summary>
/// 「リマインド送信」 to a real PlanBot process that is killed (SIGKILL) at a point of queuing or sending, then started
/// again on the same store: every owner ends up with exactly one card, counted at the fake Teams. As the Bot Connector
/// does, a command whose POST got no answer is delivered again after the restart; one that got its 200 is not.
/// </summary>
/// <remarks>
/// Each kill lands while the fake Teams holds the sends it names unanswered (a Teams that stopped answering), so the
/// sender is never between Teams' answer and recording it: that instant is the outbox's one documented gap (a send
/// Teams took that PlanBot did not record is sent again, at most one per crash), which no sender can close without
/// Teams knowing idempotency keys.
/// </remarks>
public sealed class CrashDuringDispatchTests
{
    public enum KillPoint
    {
        /// <summary>As soon as the command's turn has begun (its conversation is recorded): before or during queuing.</summary>
        WhileTheCommandRuns,

        /// <summary>The cards are committed; Teams holds the admin's acknowledgement and the POST has no answer yet.</summary>
        WhileTeamsHoldsTheAcknowledgement,

        /// <summary>The moment the POST answers 200, before the sender has had a chance to send much.</summary>
        OnThe200,

        /// <summary>Teams holds the first card: sent, never answered.</summary>
        WhileTeamsHoldsTheFirstCard,

        /// <summary>Teams holds the fifth card: four are through.</summary>
        WhileTeamsHoldsTheFifthCard,
    }

    private const string AdminChat = "a:admin";
    private const string AdminAad = "0d1f7a52-7d3e-4a39-9a53-0f6f2c8d1e00";
    private const int Owners = 22;

    private static readonly FiscalQuarter Q3 = new(2026, 3);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly Dictionary<string, string?> Settings = new()
    {
        // Passes follow each other quickly and a claim left by the killed process lapses soon: the test waits for
        // outcomes, and these keep that wait short.
        ["OutboxSender:PollInterval"] = "00:00:00.200",
        ["Outbox:ClaimTimeout"] = "00:00:02",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    [Theory]
    [InlineData(KillPoint.WhileTheCommandRuns)]
    [InlineData(KillPoint.WhileTeamsHoldsTheAcknowledgement)]
    [InlineData(KillPoint.OnThe200)]
    [InlineData(KillPoint.WhileTeamsHoldsTheFirstCard)]
    [InlineData(KillPoint.WhileTeamsHoldsTheFifthCard)]
    public async Task Remind_HostKilledThenRestarted_EveryOwnerGetsExactlyOneCard(KillPoint point)
    {
        using var store = new TempPlanStore();
        await using var teams = await FakeTeams.StartAsync();
        await SeedAsync(store, teams.ServiceUrl);
        switch (point)
        {
            case KillPoint.WhileTeamsHoldsTheAcknowledgement:
                teams.HoldSendsTo(c => c == AdminChat || IsOwnerChat(c), 1);
                break;
            case KillPoint.WhileTeamsHoldsTheFifthCard:
                teams.HoldSendsTo(IsOwnerChat, 5);
                break;
            default:
                teams.HoldSendsTo(IsOwnerChat, 1);
                break;
        }

        var command = TeamsMessage.Personal(teams.ServiceUrl, AdminChat, "29:admin", "リマインド送信 2026Q3", AdminAad);
        using var http = new HttpClient { Timeout = Patience };
        var answered = false;
        var bot = await StartAsync(store);
        try
        {
            var post = PostAsync(http, Messages(bot), command);
            switch (point)
            {
                case KillPoint.WhileTheCommandRuns:
                    await UntilAsync(() => ConversationRecordedAsync(store, AdminChat), bot);
                    break;
                case KillPoint.OnThe200:
                    Assert.Equal(HttpStatusCode.OK, await post);
                    answered = true;
                    break;
                case KillPoint.WhileTeamsHoldsTheAcknowledgement:
                    await teams.HeldAsync(c => c == AdminChat, Patience);
                    break;
                default:
                    await teams.HeldAsync(IsOwnerChat, Patience);
                    break;
            }

            bot.Kill();
            Assert.False(answered && (await ReminderCardsAsync(store)).Count == 0, "PlanBot answered 200 before the cards were queued.");
            _ = await Task.WhenAny(post);
        }
        finally
        {
            await bot.DisposeAsync();
        }

        teams.Release();
        await using var restarted = await StartAsync(store);
        if (!answered)
        {
            // The channel never heard back: it delivers the same activity again.
            Assert.Equal(HttpStatusCode.OK, await PostAsync(http, Messages(restarted), command));
        }

        await UntilAsync(async () => await ReminderCardsAsync(store) is { Count: > 0 } cards && cards.All(m => m.State == OutboxState.Sent), restarted);

        var cycle = await LoadCycleAsync(store);
        Assert.True(cycle.Recipients.Count >= 10, $"Only {cycle.Recipients.Count} owners were asked.");
        var delivered = teams.Delivered.Where(s => IsOwnerChat(s.ConversationId)).GroupBy(s => s.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var expected = cycle.Recipients.ToDictionary(r => ChatOf(r.Owner.Email), _ => 1);
        Assert.Equal(expected.OrderBy(e => e.Key), delivered.OrderBy(d => d.Key));
    }

    private static async Task<PlanBotProcess> StartAsync(TempPlanStore store)
    {
        var bot = PlanBotProcess.Start(store.Folder, new Dictionary<string, string?>(Settings)
        {
            ["ConnectionStrings:PlanStore"] = store.ConnectionString,
            ["PlanSeed:ImportWhenStoreEmpty"] = "false",
        });
        try
        {
            await bot.WaitUntilHealthyAsync(Patience);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    private static Uri Messages(PlanBotProcess bot) => new(bot.BaseAddress, "api/messages");

    private static bool IsOwnerChat(string conversationId) => conversationId.StartsWith("a:owner-", StringComparison.Ordinal);

    private static string ChatOf(string email) => $"a:{email.Split('@')[0]}";

    private static string Aad(int n) => $"0d1f7a52-7d3e-4a39-9a53-0f6f2c8d{n.ToString("x4", CultureInfo.InvariantCulture)}";

    /// <summary>The seed plan, an admin and 22 owners, one per initiative, each with a 1:1 chat on the fake Teams.</summary>
    private static async Task SeedAsync(TempPlanStore store, Uri teams)
    {
        var roster = new StringBuilder("name,email,aadObjectId,department,role\n");
        roster.Append(CultureInfo.InvariantCulture, $"管理 者,admin@example.jp,{AdminAad},,admin\n");
        var assignments = new StringBuilder("initiative,subtheme,email\n");
        for (var n = 1; n <= Owners; n++)
        {
            roster.Append(CultureInfo.InvariantCulture, $"担当 {n:00},owner-{n:00}@example.jp,{Aad(n)},,member\n");
            assignments.Append(CultureInfo.InvariantCulture, $"{n},,owner-{n:00}@example.jp\n");
        }

        await CliAsync(store, "import");
        await CliAsync(store, "roster", "import", await WriteAsync(store, "roster.csv", roster.ToString()));
        await CliAsync(store, "roster", "assign", await WriteAsync(store, "assign.csv", assignments.ToString()));
        using var host = store.OpenReader();
        var conversations = host.Services.GetRequiredService<IConversationStore>();
        for (var n = 1; n <= Owners; n++)
        {
            await conversations.UpsertAsync(
                new ConversationAddress
                {
                    ConversationId = ChatOf($"owner-{n:00}@example.jp"),
                    Kind = ConversationKind.Personal,
                    ServiceUrl = teams.ToString(),
                    ChannelId = "msteams",
                    TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                    BotId = TeamsMessage.BotId,
                    UserId = $"29:owner-{n:00}",
                    UserAadObjectId = Aad(n),
                    UpdatedAt = DateTimeOffset.UtcNow,
                },
                CancellationToken.None);
        }
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri endpoint, JsonObject activity)
    {
        try
        {
            using var response = await http.PostAsync(endpoint, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Killed with the request in flight.
            return 0;
        }
    }

    /// <summary>Polls the store until <paramref name="done"/>, failing after <see cref="Patience"/> with the host's last words.</summary>
    private static async Task UntilAsync(Func<Task<bool>> done, PlanBotProcess bot)
    {
        for (var waited = Stopwatch.StartNew(); !await done(); await Task.Delay(50))
        {
            Assert.True(waited.Elapsed < Patience, $"Not done within {Patience}. PlanBot's last lines:\n{bot.Output}");
        }
    }

    private static async Task<bool> ConversationRecordedAsync(TempPlanStore store, string conversationId)
    {
        using var host = store.OpenReader();
        return await host.Services.GetRequiredService<IConversationStore>().FindAsync(conversationId, CancellationToken.None) is not null;
    }

    private static async Task<IReadOnlyList<OutboxMessage>> ReminderCardsAsync(TempPlanStore store)
    {
        using var host = store.OpenReader();
        return await host.Services.GetRequiredService<IOutbox>().ListAsync($"{Q3}:reminder:", CancellationToken.None);
    }

    private static async Task<ReminderCycle> LoadCycleAsync(TempPlanStore store)
    {
        using var host = store.OpenReader();
        var cycle = await host.Services.GetRequiredService<IReminderCycleStore>().LoadAsync(Q3, CancellationToken.None);
        Assert.NotNull(cycle);
        return cycle;
    }

    private static async Task<string> WriteAsync(TempPlanStore store, string name, string text)
    {
        var path = Path.Combine(store.Folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private static async Task CliAsync(TempPlanStore store, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => store.Configure(b.Configuration));
        Assert.True(exitCode == 0, $"{string.Join(' ', args)}: {error}");
    }
}
