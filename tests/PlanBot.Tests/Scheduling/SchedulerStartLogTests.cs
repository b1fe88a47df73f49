using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanBot.Scheduling;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Scheduling;

/// <summary>What the real host logs about the scheduler's start at the levels of the shipped appsettings.json.</summary>
public sealed class SchedulerStartLogTests
{
    [Fact]
    public async Task Start_DefaultLevels_OneLineSaysTheSchedulerStartedAndQuartzLogsNoInformation()
    {
        var log = new RecordingLoggerProvider();
        await using var host = PlanBotOnLoopback.Start(services: services => services.AddSingleton<ILoggerProvider>(log));
        await host.WaitUntilReadyAsync();
        await host.Services.GetRequiredService<ScheduleStartService>().Started.WaitAsync(TimeSpan.FromSeconds(60));

        var started = Assert.Single(log.Entries, entry => entry.Category == typeof(ScheduleStartService).FullName && entry.Level == LogLevel.Information);
        Assert.Equal("Scheduler started (one instance on the store): reminder stages and weekly digests fire from now", started.Message);
        Assert.DoesNotContain(log.Entries, entry => entry.Category.StartsWith("Quartz", StringComparison.Ordinal) && entry.Level < LogLevel.Warning);
    }

    private sealed record Entry(string Category, LogLevel Level, string Message);

    /// <summary>Every entry the host's filters let through (the configured levels apply before a provider sees an entry).</summary>
    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public IReadOnlyList<Entry> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception)));
        }
    }
}
