using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Data;
using PlanBot.Data.Stores;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;
using PlanBot.Tests.Proactive;
using PlanBot.Tests.Scheduling;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.ScaleOut;

/// <summary>
/// Two PlanBot hosts, real processes, on one PostgreSQL store and a fake Teams that holds them to Teams' limits: a
/// quarter's reminder to 500 owners and the week's digest, both due when the hosts start; the host that sends is killed
/// with SIGKILL in the middle of the fan-out. The other takes over: every owner gets exactly one card, the digest is
/// posted once, and Teams never has to refuse a send.
/// </summary>
public sealed class TwoInstancesTests
{
    private const int Owners = 500;
    private const string DigestChannel = "19:digest-channel@thread.tacv2";
    private static readonly FiscalQuarter Quarter = new(2026, 3);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [SkippableFact]
    public async Task TwoHosts_SenderKilledMidFanOut_EveryOwnerGetsOneCardAndTheDigestIsPostedOnce()
    {
        using var store = new TempPlanStore(PlanStoreProvider.PostgreSql);
        await using var teams = await FakeTeams.StartAsync();
        teams.EnforceLimits(TimeProvider.System);
        // The sender sends one message at a time: while this one hangs, nothing else of its is in flight.
        teams.HangOnSend(150);
        await SeedAsync(store, teams.ServiceUrl);

        var settings = new Dictionary<string, string?>(store.Settings)
        {
            ["Outbox:SenderLease"] = "00:00:03",
            ["Outbox:ClaimTimeout"] = "00:00:05",
            ["OutboxSender:PollInterval"] = "00:00:00.200",
            ["PlanSeed:ImportWhenStoreEmpty"] = "false",
        };
        await using var first = PlanBotProcess.Start(store.Folder, settings);
        await first.WaitUntilHealthyAsync(Patience);
        using var reader = store.OpenReader();
        var leases = reader.Services.GetRequiredService<LeaseStore>();
        await UntilAsync(async () => (await leases.FindAsync(OutboxSenderLease.Name, CancellationToken.None))?.Holder.Contains($"/{first.Id}/", StringComparison.Ordinal) == true, first);
        await using var second = PlanBotProcess.Start(store.Folder, settings);
        await second.WaitUntilHealthyAsync(Patience);

        await teams.Hanging.Task.WaitAsync(Patience);
        first.Kill();

        var outbox = reader.Services.GetRequiredService<IOutbox>();
        await UntilAsync(
            async () => (await outbox.ListAsync("", CancellationToken.None)) is { Count: Owners + 1 } all && all.All(m => m.State != OutboxState.Pending),
            second);

        var delivered = teams.Delivered.GroupBy(send => send.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var owners = Enumerable.Range(0, Owners).Select(ChatOf).ToArray();
        Assert.All(owners, chat => Assert.Equal(1, delivered.GetValueOrDefault(chat)));
        Assert.Equal(1, delivered.GetValueOrDefault(DigestChannel));
        Assert.Equal(Owners + 1, delivered.Values.Sum());
        Assert.Equal(0, teams.Throttled);
        Assert.Contains("holds the outbox sender lease: it sends", second.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The seed plan; 500 owners, each assigned one sub-theme, with their 1:1 chats stored; a digest channel; and the
    /// 2026Q3 first reminder and this week's digest due a minute ago, as after downtime.
    /// </summary>
    private static async Task SeedAsync(TempPlanStore store, Uri serviceUrl)
    {
        Assert.Equal(0, await PlanBotCli.RunAsync(["import"], TextWriter.Null, TextWriter.Null, b => store.Configure(b.Configuration)));
        using (var reader = store.OpenReader())
        {
            var services = reader.Services;
            var plan = (await services.GetRequiredService<IPlanStore>().LoadPlanAsync(CancellationToken.None))!;
            var subThemes = plan.SubThemes.ToArray();
            var people = Enumerable.Range(0, Owners).Select(Owner).ToList();
            people.Add(new Person("管理 者", "admin@example.jp", null, "経営企画室", PersonRole.Admin));
            var roster = services.GetRequiredService<IRosterStore>();
            await roster.ReplaceRosterAsync(people, CancellationToken.None);
            await roster.ReplaceAssignmentsAsync(
                [.. people.Take(Owners).Select((p, i) => new OwnerAssignment(subThemes[i % subThemes.Length].InitiativeNumber, subThemes[i % subThemes.Length].Index, p.Email))],
                CancellationToken.None);

            var conversations = services.GetRequiredService<IConversationStore>();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < Owners; i++)
            {
                await conversations.UpsertAsync(Address(ChatOf(i), ConversationKind.Personal, serviceUrl, now) with { UserAadObjectId = people[i].AadObjectId, UserId = $"29:owner-{i}" }, CancellationToken.None);
            }

            await conversations.UpsertAsync(Address(DigestChannel, ConversationKind.Channel, serviceUrl, now) with { TeamId = DigestChannel, TeamName = "九経連" }, CancellationToken.None);
            await services.GetRequiredService<IDigestChannelStore>().ChooseAsync(DigestChannel, DigestChannel, "admin@example.jp", now, CancellationToken.None);
        }

        var due = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1);
        await using var scheduling = SchedulingHost.Create(store, DateTimeOffset.UtcNow);
        var scheduler = await scheduling.SchedulerAsync();
        var reminders = scheduling.Host.Services.GetRequiredService<ReminderStageTriggers>();
        var digests = scheduling.Host.Services.GetRequiredService<WeeklyDigestTriggers>();
        await scheduler.ScheduleTrigger(reminders.Build(new ReminderScheduleEntry(Quarter, ReminderScheduleStage.FirstReminder, due)), Quartz.TriggerConflict.Replace, CancellationToken.None);
        await scheduler.ScheduleTrigger(digests.Build(new WeeklyDigestSlot(JapanTime.DateOf(due), due)), Quartz.TriggerConflict.Replace, CancellationToken.None);
    }

    /// <summary>Polls a condition about the store until it holds; fails with the host's output when it never does.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, PlanBotProcess host)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested || host.HasExited)
            {
                Assert.Fail($"Not reached within {Patience} (host exited: {host.HasExited}):\n{host.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    private static ConversationAddress Address(string id, ConversationKind kind, Uri serviceUrl, DateTimeOffset now) => new()
    {
        ConversationId = id,
        Kind = kind,
        ServiceUrl = serviceUrl.ToString(),
        ChannelId = "msteams",
        TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        BotId = "28:planbot",
        UpdatedAt = now,
    };

    private static Person Owner(int i) => new(
        string.Create(CultureInfo.InvariantCulture, $"担当 {i:D4}"),
        string.Create(CultureInfo.InvariantCulture, $"owner{i:D4}@example.jp"),
        string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{i:D12}"),
        "産業振興部",
        PersonRole.Member);

    private static string ChatOf(int i) => string.Create(CultureInfo.InvariantCulture, $"a:chat-owner-{i}");
}
