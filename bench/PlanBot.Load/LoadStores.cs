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
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;
using PlanBot.Teams;

namespace PlanBot.Load;

/// <summary>An owner asked in the open cycle, with the card they answer (its outbox key) and its one sub-theme.</summary>
internal sealed record CardOwner(Person Person, string UserId, string ConversationId, string CardId, string SubThemeKey);

/// <summary>A seeded SQLite store: its file, the administrator who asks the questions, and the owners who answer cards.</summary>
internal sealed record SeededStore(string Path, Person Asker, IReadOnlyList<CardOwner> Owners);

/// <summary>
/// Seeds PlanBot stores through PlanBot's own parts, in-process, before the hosts under test start on them: the seed
/// plan (the CLI's import); a roster; explicit owners; three years of reports; the current quarter's cycle opened and
/// its cards queued, each owner with a stored 1:1 chat at the fake Teams (so the host delivers them once it starts).
/// </summary>
internal static class LoadStores
{
    public static readonly string[] Departments = ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"];

    private static readonly string[] FamilyNames =
    [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "山口", "松本", "井上", "木村", "清水", "山崎", "池田", "橋本",
        "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷", "藤田",
        "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村",
    ];

    private static readonly string[] GivenNames =
    [
        "太郎", "花子", "一郎", "健太", "美咲", "翔太", "陽子", "大輔", "由美", "直樹",
        "恵子", "拓也", "真由", "浩二", "彩香", "和也", "裕子", "雄一", "亜希", "誠",
        "舞", "隆", "明美", "剛", "香織",
    ];

    private static readonly ProgressStatus[] StatusDraw =
    [
        ProgressStatus.OnTrack, ProgressStatus.OnTrack, ProgressStatus.OnTrack, ProgressStatus.OnTrack, ProgressStatus.AtRisk,
        ProgressStatus.Delayed, ProgressStatus.Completed, ProgressStatus.NotStarted,
    ];

    /// <summary>The seed plan and one person: the administrator who asks. No reports, no cycle.</summary>
    public static async Task<SeededStore> PlanOnlyAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "plan-only.db");
        await ImportSeedPlanAsync(path, cancellationToken);
        using var host = BuildHost(folder, path);
        await host.StartAsync(cancellationToken);
        var asker = PersonAt(0);
        await host.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync([asker], cancellationToken);
        await host.StopAsync(cancellationToken);
        return new SeededStore(path, asker, []);
    }

    /// <summary>
    /// The seed plan, <paramref name="people"/> people (person 0 the administrator), the first <paramref name="owners"/>
    /// each owning one sub-theme, three years of reports (one to four per sub-theme and quarter from FY2024 Q1 to the
    /// last quarter), and the current quarter's cycle with its cards queued to 1:1 chats at <paramref name="teams"/>.
    /// </summary>
    public static async Task<SeededStore> LargeAsync(string folder, int people, int owners, Uri teams, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "large.db");
        await ImportSeedPlanAsync(path, cancellationToken);
        using var host = BuildHost(folder, path);
        await host.StartAsync(cancellationToken);
        var services = host.Services;
        var plan = await services.GetRequiredService<IPlanStore>().LoadPlanAsync(cancellationToken) ?? throw new InvalidOperationException("No plan stored.");
        var subThemes = plan.SubThemes.ToArray();
        var roster = Enumerable.Range(0, people).Select(PersonAt).ToArray();
        var rosterStore = services.GetRequiredService<IRosterStore>();
        await rosterStore.ReplaceRosterAsync(roster, cancellationToken);
        await rosterStore.ReplaceAssignmentsAsync(
            [.. Enumerable.Range(0, Math.Max(owners, subThemes.Length)).Select(i => new OwnerAssignment(
                subThemes[i % subThemes.Length].InitiativeNumber, subThemes[i % subThemes.Length].Index, roster[i % owners].Email))],
            cancellationToken);

        var clock = TimeProvider.System;
        var conversations = services.GetRequiredService<IConversationStore>();
        for (var i = 0; i < owners; i++)
        {
            await conversations.UpsertAsync(new ConversationAddress
            {
                ConversationId = ChatOf(i),
                Kind = ConversationKind.Personal,
                ServiceUrl = teams.ToString(),
                ChannelId = "msteams",
                TenantId = TenantId,
                BotId = BotId,
                UserId = UserIdOf(i),
                UserAadObjectId = roster[i].AadObjectId,
                UserName = roster[i].Name,
                UpdatedAt = clock.GetUtcNow(),
            }, cancellationToken);
        }

        var current = FiscalQuarter.Of(JapanTime.Today(clock));
        var progress = services.GetRequiredService<IProgressStore>();
        var random = new Random(13);
        foreach (var subTheme in subThemes)
        {
            for (var quarter = new FiscalQuarter(2024, 1); quarter < current; quarter = quarter.Next)
            {
                var reportedAt = JapanTime.At(quarter.End.AddDays(-20), new TimeOnly(9, 0));
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    reportedAt = reportedAt.AddHours(random.Next(1, 48));
                    await progress.AppendAsync(new ProgressReport(
                        subTheme.Key, quarter, StatusDraw[random.Next(StatusDraw.Length)], random.Next(0, 101),
                        n % 2 == 0 ? "予定どおり進んでいます" : null, roster[random.Next(owners)].Email, reportedAt), cancellationToken);
                }
            }
        }

        var dispatch = await services.GetRequiredService<ReminderDispatcher>().OpenAndEnqueueAsync(current, cancellationToken)
            ?? throw new InvalidOperationException("No plan to dispatch.");
        var cards = dispatch.Enqueued.ToDictionary(e => e.Recipient.Email, StringComparer.OrdinalIgnoreCase);
        var cardOwners = Enumerable.Range(0, owners)
            .Where(i => cards.ContainsKey(roster[i].Email))
            .Select(i => new CardOwner(roster[i], UserIdOf(i), ChatOf(i), cards[roster[i].Email].IdempotencyKey, cards[roster[i].Email].SubThemeKeys[0]))
            .ToArray();
        await host.StopAsync(cancellationToken);
        SqliteConnection.ClearAllPools();
        return new SeededStore(path, roster[0], cardOwners);
    }

    /// <summary>A copy of a seeded store (closed, so its file is whole), for a host that writes to it.</summary>
    public static SeededStore Copy(SeededStore store, string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(store.Path)!, name);
        File.Copy(store.Path, path);
        return store with { Path = path };
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public const string BotId = "28:planbot";

    public static string UserIdOf(int i) => string.Create(CultureInfo.InvariantCulture, $"29:user-{i}");

    public static string ChatOf(int i) => string.Create(CultureInfo.InvariantCulture, $"a:chat-{i}");

    private static Person PersonAt(int index) => new(
        $"{FamilyNames[index % FamilyNames.Length]} {GivenNames[index / FamilyNames.Length % GivenNames.Length]}",
        string.Create(CultureInfo.InvariantCulture, $"person{index:D4}@example.jp"),
        string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}"),
        Departments[index % Departments.Length],
        index == 0 ? PersonRole.Admin : index % 21 == 0 ? PersonRole.Manager : PersonRole.Member);

    private static async Task ImportSeedPlanAsync(string path, CancellationToken cancellationToken)
    {
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(
            ["import", RepositoryFiles.SeedPlanPath()],
            TextWriter.Null,
            error,
            b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:PlanStore"] = ConnectionString(path) }),
            cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Importing the seed plan failed ({exitCode}): {error}");
        }
    }

    /// <summary>The app's storage, connector and Teams registrations, as the host makes them, with the outbox sender's loop off.</summary>
    private static IHost BuildHost(string folder, string path)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = folder,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PlanStore"] = ConnectionString(path),
            ["OutboxSender:Enabled"] = "false",
            ["PlanBot:LocalMode"] = "true",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new BusinessCalendar());
        builder.Services.AddSingleton(provider => new ReminderSchedule(provider.GetRequiredService<BusinessCalendar>(), ReminderScheduleSettings.Default));
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotConnector(builder.Configuration);
        builder.Services.AddPlanBotTeams();
        return builder.Build();
    }
}
