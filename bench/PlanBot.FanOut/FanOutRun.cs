using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PlanBot.Cli;
using PlanBot.Connector.Hosting;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Teams;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.Reminders;

namespace PlanBot.FanOut;

/// <summary>
/// One quarter-end fan-out through PlanBot's real parts: the seed plan and a roster of N owners in a temp SQLite file,
/// each owner in charge of one sub-theme with a stored 1:1 chat at the throttling fake Teams; the 2026Q3 cycle opened
/// and enqueued by <see cref="ReminderDispatcher"/>, then <see cref="OutboxSender.SendDueAsync"/> passes until the
/// outbox holds nothing pending, with the connector's pacing and retries as configured by default (local mode).
/// </summary>
internal sealed class FanOutRun(FanOutSettings settings, TextWriter output)
{
    private static readonly FiscalQuarter Quarter = new(2026, 3);

    private static readonly string[] Departments = ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"];

    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);

    public Task<FanOutResult> RunAsync(CancellationToken cancellationToken) =>
        WithHostsAsync((services, teams, clock, loops, _) => FanOutAsync(services, teams, clock, loops, cancellationToken), cancellationToken);

    /// <summary>Only the queuing of the cards, round by round beside a bare insert (<see cref="FanOutSettings.EnqueueRounds"/>).</summary>
    public Task<EnqueueTimes> MeasureEnqueueAsync(CancellationToken cancellationToken) =>
        WithHostsAsync((services, _, _, _, folder) => new EnqueueRounds(settings.EnqueueRounds, folder, output).RunAsync(services, cancellationToken), cancellationToken);

    /// <summary>The seeded store, the fake Teams and the hosts around one measurement.</summary>
    private async Task<T> WithHostsAsync<T>(Func<IServiceProvider, ThrottlingTeams, TimeProvider, bool, string, Task<T>> measure, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("planbot-fanout-").FullName;
        try
        {
            var store = settings.PostgresStore is { } postgres
                ? new Dictionary<string, string?> { ["ConnectionStrings:PlanStore"] = postgres, ["PlanStore:Provider"] = "PostgreSql" }
                : new Dictionary<string, string?> { ["ConnectionStrings:PlanStore"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "planbot.db") }.ToString() };
            await ImportSeedPlanAsync(store, cancellationToken);

            var clock = TimeProvider.System;
            await using var teams = await ThrottlingTeams.StartAsync(new TeamsLimits(clock, settings.AppLimit));
            // On PostgreSQL every instance runs its own sender loop, as deployed: the lease decides which one sends.
            var loops = settings.PostgresStore is not null;
            var hosts = Enumerable.Range(0, settings.Instances).Select(_ => BuildHost(folder, store, clock, loops)).ToArray();
            foreach (var host in hosts)
            {
                await host.StartAsync(cancellationToken);
            }

            try
            {
                await SeedAsync(hosts[0].Services, teams.ServiceUrl, clock, cancellationToken);
                return await measure(hosts[0].Services, teams, clock, loops, folder);
            }
            finally
            {
                foreach (var host in hosts)
                {
                    await host.StopAsync(CancellationToken.None);
                    host.Dispose();
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task ImportSeedPlanAsync(Dictionary<string, string?> store, CancellationToken cancellationToken)
    {
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(
            ["import", RepositoryFiles.SeedPlanPath()],
            TextWriter.Null,
            error,
            b => b.Configuration.AddInMemoryCollection(store),
            cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Importing the seed plan failed ({exitCode}): {error}");
        }
    }

    /// <summary>The registrations of the app's storage, connector and Teams parts, as the host makes them; the sender's own loop off unless asked.</summary>
    private static IHost BuildHost(string folder, Dictionary<string, string?> store, TimeProvider clock, bool senderLoop)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = folder,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(store);
        // No identity: the fake Teams takes no tokens, and local mode has to be asked for outside Development.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OutboxSender:Enabled"] = senderLoop ? "true" : "false",
            ["OutboxSender:PollInterval"] = "00:00:00.200",
            ["PlanBot:LocalMode"] = "true",
        });
        // Each 429 is logged as a warning by the sender; the fake counts them instead of flooding the console.
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(new BusinessCalendar());
        builder.Services.AddSingleton(provider => new ReminderSchedule(provider.GetRequiredService<BusinessCalendar>(), ReminderScheduleSettings.Default));
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotConnector(builder.Configuration);
        builder.Services.AddPlanBotTeams();
        return builder.Build();
    }

    /// <summary>
    /// N people spread over the five departments, each assigned exactly one sub-theme (every sub-theme is assigned, so
    /// nobody inherits a department's items and each owner gets one card), each with a stored 1:1 chat.
    /// </summary>
    private async Task SeedAsync(IServiceProvider services, Uri serviceUrl, TimeProvider clock, CancellationToken cancellationToken)
    {
        var seeding = Stopwatch.StartNew();
        var plan = await services.GetRequiredService<IPlanStore>().LoadPlanAsync(cancellationToken)
            ?? throw new InvalidOperationException("The seed plan was not stored.");
        var subThemes = plan.SubThemes.ToArray();
        var people = Enumerable.Range(0, settings.Owners).Select(Owner).ToArray();
        var roster = services.GetRequiredService<IRosterStore>();
        await roster.ReplaceRosterAsync(people, cancellationToken);
        await roster.ReplaceAssignmentsAsync(
            [.. people.Select((p, i) => new OwnerAssignment(subThemes[i % subThemes.Length].InitiativeNumber, subThemes[i % subThemes.Length].Index, p.Email))],
            cancellationToken);

        var conversations = services.GetRequiredService<IConversationStore>();
        for (var i = 0; i < people.Length; i++)
        {
            await conversations.UpsertAsync(new ConversationAddress
            {
                ConversationId = ChatOf(i),
                Kind = ConversationKind.Personal,
                ServiceUrl = serviceUrl.ToString(),
                ChannelId = "msteams",
                TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                BotId = "28:planbot",
                UserId = string.Create(CultureInfo.InvariantCulture, $"29:owner-{i}"),
                UserAadObjectId = people[i].AadObjectId,
                UpdatedAt = clock.GetUtcNow(),
            }, cancellationToken);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {people.Length:N0} owners over {subThemes.Length} sub-themes in {seeding.Elapsed.TotalSeconds:F1} s"));
    }

    private async Task<FanOutResult> FanOutAsync(IServiceProvider services, ThrottlingTeams teams, TimeProvider clock, bool loops, CancellationToken cancellationToken)
    {
        var dispatcher = services.GetRequiredService<ReminderDispatcher>();
        var sender = services.GetRequiredService<OutboxSender>();
        var outbox = services.GetRequiredService<IOutbox>();
        var prefix = Quarter + ":";

        var enqueueing = clock.GetTimestamp();
        var dispatch = await dispatcher.OpenAndEnqueueAsync(Quarter, cancellationToken)
            ?? throw new InvalidOperationException("No plan to dispatch.");
        var enqueueTime = clock.GetElapsedTime(enqueueing);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"enqueued {dispatch.Enqueued.Count:N0} cards in {enqueueTime.TotalSeconds:F1} s; sending (deadline {settings.Deadline.TotalSeconds:F0} s)"));

        var started = clock.GetTimestamp();
        var finished = false;
        var lastReport = TimeSpan.Zero;
        while (clock.GetElapsedTime(started) < settings.Deadline)
        {
            // With the hosts' own loops sending, the client only watches.
            var claimed = loops ? 0 : await sender.SendDueAsync(cancellationToken);
            var elapsed = clock.GetElapsedTime(started);
            if (elapsed - lastReport >= TimeSpan.FromSeconds(10))
            {
                lastReport = elapsed;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {elapsed.TotalSeconds,5:F0} s: {teams.Accepted.Count:N0} owners reached, {teams.Throttled:N0} 429s"));
            }

            if (claimed > 0)
            {
                continue;
            }

            // Nothing due now: done, or messages wait for a Retry-After or backoff.
            if ((await outbox.ListAsync(prefix, cancellationToken)).All(m => m.State != OutboxState.Pending))
            {
                finished = true;
                break;
            }

            await Task.Delay(IdlePoll, clock, cancellationToken);
        }

        var deliveryTime = clock.GetElapsedTime(started);
        var messages = await outbox.ListAsync(prefix, cancellationToken);
        var pending = messages.Where(m => m.State == OutboxState.Pending).Select(m => m.TargetEmail).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var perOwner = Enumerable.Range(0, settings.Owners)
            .Select(i => (Accepted: teams.Accepted.GetValueOrDefault(ChatOf(i)), Pending: pending.Contains(Owner(i).Email)))
            .ToArray();
        return new FanOutResult(
            settings.Owners,
            settings.AppLimit,
            dispatch.Enqueued.Count,
            enqueueTime,
            deliveryTime,
            teams.AcceptedSpan,
            finished,
            teams.Throttled,
            // Lost: the outbox is done with the card (sent or given up) but Teams accepted none. Not reached yet: still pending.
            perOwner.Count(o => o.Accepted == 0 && !o.Pending),
            perOwner.Count(o => o.Accepted == 0 && o.Pending),
            perOwner.Count(o => o.Accepted > 1),
            teams.Created,
            messages.Count(m => m.State == OutboxState.Sent),
            messages.Count(m => m.State == OutboxState.Pending),
            messages.Count(m => m.State == OutboxState.FailedPermanent));
    }

    private static Person Owner(int i) => new(
        string.Create(CultureInfo.InvariantCulture, $"担当 {i:D5}"),
        string.Create(CultureInfo.InvariantCulture, $"owner{i:D5}@example.jp"),
        string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{i:D12}"),
        Departments[i % Departments.Length],
        PersonRole.Member);

    private static string ChatOf(int i) => string.Create(CultureInfo.InvariantCulture, $"a:chat-owner-{i}");
}
