using System.CommandLine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using PlanBot.Data;
using PlanBot.Domain.Questions;
using PlanBot.Hosting;
using PlanBot.Plans;

namespace PlanBot.Cli;

/// <summary>
/// PlanBot's command line: <c>dotnet run --project src/PlanBot -- &lt;verb&gt; …</c>. One file per verb in this folder,
/// each added to the root command in <see cref="CreateRootCommand"/>. Output is English; logs go to stderr, warnings only.
/// </summary>
public static class PlanBotCli
{
    /// <summary>A verb (or a help request) makes it a CLI run; no arguments, or host switches like <c>--urls</c>, run the web host.</summary>
    public static bool IsCommandLine(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "--help" or "-?" || IsStoreOption(args[0]));
    }

    /// <summary>The root's own options (<c>--store x</c> or <c>--store=x</c>) may come before the verb.</summary>
    private static bool IsStoreOption(string arg) =>
        new[] { StoreOptions.Store.Name, StoreOptions.Provider.Name }.Any(name => arg == name || arg.StartsWith(name + "=", StringComparison.Ordinal));

    /// <param name="args">The verb and its arguments.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where errors go (stderr).</param>
    /// <param name="configure">Lets tests point the CLI at their own configuration (e.g. a temp database).</param>
    /// <param name="cancellationToken">Stops the running verb.</param>
    /// <param name="contentRoot">Where settings files and the default store are; null: the working directory, as for the host.</param>
    /// <returns>The process exit code: 0 on success.</returns>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        Action<HostApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default,
        string? contentRoot = null)
    {
        // The commands resolve their services when they run, after the global store options below are read.
        var services = new DeferredServices();
        var root = CreateRootCommand(services);
        var parse = root.Parse(args);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = contentRoot });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // Provider-specific, so it outranks appsettings' LogLevel rules: a verb's stdout is its result, stderr only problems.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotPlans(builder.Configuration, importSeedWhenEmpty: false);
        builder.Services.AddSingleton<QuestionService>();
        builder.Services.AddPlanBotBoardPaper(builder.Configuration);
        builder.Services.TryAddSingleton(CallerDirectory.Current());
        configure?.Invoke(builder);
        var storeSource = StoreOptions.Apply(parse, builder.Configuration);

        // The host is built for its services only; it is never started, so no hosted service (bot, jobs) runs for a verb.
        using var host = builder.Build();
        services.Inner = host.Services;
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        if (parse.Errors.Count == 0 && StoreOptions.UsesTheStore(parse.CommandResult.Command)
            && !await StoreOptions.AnnounceAsync(host.Services, storeSource, error, cancellationToken).ConfigureAwait(false))
        {
            return StoreOptions.InvalidStore;
        }

        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand CreateRootCommand(IServiceProvider services)
    {
        var root = new RootCommand("PlanBot: keeps the three-year action plan alive in Microsoft Teams.")
        {
            ImportCommand.Create(services),
            PackageCommand.Create(),
            AskCommand.Create(services),
            RosterCommand.Create(services),
            RemindCommand.Create(services),
            DigestCommand.Create(services),
            BackupCommand.Create(services),
            RestoreCommand.Create(services),
            MigrateStoreCommand.Create(services),
            ExportCommand.Create(services),
        };
        root.Options.Add(StoreOptions.Store);
        root.Options.Add(StoreOptions.Provider);
        return root;
    }

    /// <summary>The host's services, built once the command line is parsed (its store options go into the configuration).</summary>
    private sealed class DeferredServices : IServiceProvider
    {
        public IServiceProvider? Inner { get; set; }

        public object? GetService(Type serviceType) =>
            (Inner ?? throw new InvalidOperationException("The command line's services are used before they were built.")).GetService(serviceType);
    }
}
