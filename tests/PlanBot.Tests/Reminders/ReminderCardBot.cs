using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Client;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Reminders;

/// <summary>
/// The real host on loopback with the seed plan, a roster of an owner and a colleague who owns nothing, and the
/// 2026Q3 cycle opened the way <c>remind</c> opens it; the clock is fake and the connector records what the bot sends.
/// </summary>
internal sealed class ReminderCardBot : IAsyncDisposable
{
    public const string ServiceUrl = "http://127.0.0.1:9/";

    /// <summary>20 December 2026, 10:00 JST: inside FY2026 Q3.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 20, 1, 0, 0, TimeSpan.Zero);

    public static readonly FiscalQuarter Quarter = new(2026, 3);

    private readonly HttpClient _http = new();

    private ReminderCardBot(PlanBotOnLoopback bot, FakeTimeProvider clock, RecordingConnector connector)
    {
        Bot = bot;
        Clock = clock;
        Connector = connector;
    }

    public PlanBotOnLoopback Bot { get; }

    public FakeTimeProvider Clock { get; }

    public RecordingConnector Connector { get; }

    public Person Owner { get; private set; } = null!;

    /// <summary>In the owner's department, so asked about the same items.</summary>
    public Person CoOwner { get; private set; } = null!;

    /// <summary>On the roster, in a department that owns nothing.</summary>
    public Person Colleague { get; private set; } = null!;

    /// <summary>The owner's first sub-theme, the one the tests answer.</summary>
    public string Key { get; private set; } = null!;

    public string CardId => $"{Quarter}:reminder:{Owner.Email}:1";

    public string CardIdOf(Person owner) => $"{Quarter}:reminder:{owner.Email}:1";

    public IProgressStore Progress => Bot.Services.GetRequiredService<IProgressStore>();

    public IReminderCycleStore Cycles => Bot.Services.GetRequiredService<IReminderCycleStore>();

    /// <param name="colleagueOwnsEverything">
    /// Assigns every initiative to <see cref="Colleague"/>, so their items need several cards (and the owner has none).
    /// </param>
    /// <param name="settings">More settings for the host.</param>
    /// <param name="services">More registrations for the host (after the fixture's own).</param>
    /// <param name="databasePath">Where the store lives (e.g. on a small file system a test fills); a temp folder by default.</param>
    public static async Task<ReminderCardBot> StartAsync(
        bool colleagueOwnsEverything = false,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string? databasePath = null)
    {
        var clock = new FakeTimeProvider(Start);
        var connector = new RecordingConnector();
        if (databasePath is not null)
        {
            settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["ConnectionStrings:PlanStore"] = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString(),
            };
        }

        var bot = PlanBotOnLoopback.Start(settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.RemoveAll<IConnectorClient>();
            s.AddSingleton<IConnectorClient>(connector);
            services?.Invoke(s);
        });
        var fixture = new ReminderCardBot(bot, clock, connector);
        await fixture.OpenCycleAsync(colleagueOwnsEverything);
        return fixture;
    }

    /// <summary>The owner is the department with the fewest sub-themes, so their items fit on one card.</summary>
    private async Task OpenCycleAsync(bool colleagueOwnsEverything)
    {
        var plan = await Bot.Services.GetRequiredService<IPlanStore>().LoadPlanAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("The host imported no seed plan.");
        var department = plan.Initiatives
            .Where(i => i.Department is not null)
            .GroupBy(i => i.Department!)
            .OrderBy(g => g.Sum(i => i.SubThemes.Count))
            .First().Key;
        Owner = new Person("山田 花子", "hanako.yamada@example.com", "00000000-0000-0000-0000-00000000000a", department, PersonRole.Member);
        CoOwner = new Person("鈴木 一郎", "ichiro.suzuki@example.com", "00000000-0000-0000-0000-00000000000c", department, PersonRole.Member);
        Colleague = new Person("佐藤 次郎", "jiro.sato@example.com", "00000000-0000-0000-0000-00000000000b", "どこにもない部", PersonRole.Member);
        var roster = Bot.Services.GetRequiredService<IRosterStore>();
        await roster.ReplaceRosterAsync([Owner, CoOwner, Colleague], CancellationToken.None);
        if (colleagueOwnsEverything)
        {
            await roster.ReplaceAssignmentsAsync([.. plan.Initiatives.Select(i => new OwnerAssignment(i.Number, null, Colleague.Email))], CancellationToken.None);
        }

        var stored = await roster.LoadAsync(CancellationToken.None);
        var reminder = ReminderPlanner.Plan(plan, Ownership.Resolve(plan, stored.People, stored.Assignments), Quarter, []);
        var opening = ReminderCycle.Open(null, reminder, Clock.GetUtcNow());
        var cycle = opening.Cycle ?? throw new InvalidOperationException($"No cycle for {Quarter}: {reminder.Nothing}");
        await Cycles.SaveAsync(cycle, CancellationToken.None);

        // Queued as the dispatcher queues them: a card's id is its outbox key, and a refresh draws the items it was sent with.
        var outbox = Bot.Services.GetRequiredService<IOutbox>();
        foreach (var recipient in cycle.Recipients)
        {
            var parts = ReminderCardParts.Split(plan, recipient.SubThemeKeys);
            for (var i = 0; i < parts.Count; i++)
            {
                var payload = new ReminderCardPayload(Quarter.ToString(), recipient.Owner.Email, i + 1, parts.Count, parts[i]);
                await outbox.EnqueueAsync(new OutboxEntry(OutboxKinds.ReminderCard, payload.IdempotencyKey, recipient.Owner.Email, null, payload.ToJson()), CancellationToken.None);
            }
        }

        Key = (cycle.RecipientFor(Owner.Email) ?? cycle.RecipientFor(Colleague.Email)!).SubThemeKeys[0];
    }

    public async Task CloseCycleAsync()
    {
        var cycle = (await Cycles.LoadAsync(Quarter, CancellationToken.None))!;
        cycle.Close(Clock.GetUtcNow());
        await Cycles.SaveAsync(cycle, CancellationToken.None);
    }

    /// <summary>The card's data merged with its inputs, as Teams sends them: all strings.</summary>
    public JsonObject Data(string verb = "progress.submit", string? status = null, string? percent = null, string? comment = null, string? key = null, string? cycleId = null)
    {
        key ??= Key;
        var data = new JsonObject { ["verb"] = verb, ["cycleId"] = cycleId ?? Quarter.ToString(), ["cardId"] = CardId };
        if (verb == "progress.submit")
        {
            data[$"status:{key}"] = status ?? string.Empty;
            data[$"percent:{key}"] = percent ?? string.Empty;
            data[$"comment:{key}"] = comment ?? string.Empty;
        }

        return data;
    }

    /// <summary>Posts an <c>adaptiveCard/action</c> invoke from <paramref name="from"/> (the owner by default).</summary>
    public Task<HttpResponseMessage> InvokeAsync(JsonObject data, string? activityId = null, Person? from = null)
    {
        var activity = Activity("invoke", activityId, from);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return PostAsync(activity);
    }

    /// <summary>Posts the Action.Submit fallback: a message whose value is the data, replying to the card's message.</summary>
    public Task<HttpResponseMessage> SubmitAsync(JsonObject data, string cardMessageId, Person? from = null, string? activityId = null)
    {
        var activity = Activity("message", activityId, from);
        activity["replyToId"] = cardMessageId;
        activity["value"] = data.DeepClone();
        return PostAsync(activity);
    }

    public string ConversationId(Person? from = null) => $"a:personal-{(from ?? Owner).AadObjectId}";

    private JsonObject Activity(string type, string? activityId, Person? from)
    {
        from ??= Owner;
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = activityId ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = ServiceUrl,
            ["timestamp"] = Clock.GetUtcNow().ToString("O"),
            ["from"] = new JsonObject { ["id"] = $"29:{from.AadObjectId}", ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:planbot", ["name"] = "PlanBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId(from), ["conversationType"] = "personal" },
        };
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        _http.PostAsync(Bot.MessagesEndpoint, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>The card of an invoke response, after checking the Universal Actions envelope.</summary>
    public static async Task<JsonObject> CardOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotNull(body);
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    /// <summary>What the store holds for the quarter: reports and the cycle's answered items.</summary>
    public async Task<(IReadOnlyList<ProgressReport> Reports, IReadOnlyCollection<ItemAnswer> Answers)> StoredAsync()
    {
        var reports = (await Progress.ListAllAsync(CancellationToken.None)).Where(r => r.Quarter == Quarter).ToArray();
        var cycle = await Cycles.LoadAsync(Quarter, CancellationToken.None);
        return (reports, cycle!.Answers);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Bot.DisposeAsync();
    }
}
