using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Hosting;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;
using PlanBot.Teams;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.Reminders;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Proactive;

/// <summary>
/// The app's storage, connector and Teams registrations on a temp SQLite file and a fake clock, pointed at a fake Teams
/// on loopback, in local mode (no tokens). The outbox sender's loop is off unless asked: tests run passes themselves.
/// </summary>
internal sealed class ProactiveHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ProactiveHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public OutboxSender Sender => Services.GetRequiredService<OutboxSender>();

    public ReminderDispatcher Dispatcher => Services.GetRequiredService<ReminderDispatcher>();

    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();

    public IReminderCycleStore Cycles => Services.GetRequiredService<IReminderCycleStore>();

    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    public static async Task<ProactiveHost> StartAsync(TempPlanStore store, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = store.Folder,
            EnvironmentName = Environments.Development,
        });
        store.Configure(builder.Configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OutboxSender:Enabled"] = "false",
            ["BotConnector:Pacing:Enabled"] = "false",
            ["BotConnector:Resilience:MaxRetryAttempts"] = "0",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new BusinessCalendar());
        builder.Services.AddSingleton(provider => new ReminderSchedule(provider.GetRequiredService<BusinessCalendar>(), ReminderScheduleSettings.Default));
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotConnector(builder.Configuration);
        builder.Services.AddPlanBotTeams();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new ProactiveHost(host);
    }

    /// <summary>Runs sender passes until one claims nothing.</summary>
    public async Task SendAllDueAsync()
    {
        for (var pass = 0; pass < 100 && await Sender.SendDueAsync(CancellationToken.None) > 0; pass++)
        {
        }
    }

    /// <summary>Drops the host as a dying process would: nothing stopped in order, nothing flushed.</summary>
    public void Abandon() => _host.Dispose();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
