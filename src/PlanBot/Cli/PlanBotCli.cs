using System.CommandLine;
using Microsoft.Extensions.Logging.Console;
using PlanBot.Data;
using PlanBot.Domain.Questions;
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
        return args.Count > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "--help" or "-?");
    }

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
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = contentRoot });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // Provider-specific, so it outranks appsettings' LogLevel rules: a verb's stdout is its result, stderr only problems.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotPlans(builder.Configuration, importSeedWhenEmpty: false);
        builder.Services.AddSingleton<QuestionService>();
        configure?.Invoke(builder);

        // The host is built for its services only; it is never started, so no hosted service (bot, jobs) runs for a verb.
        using var host = builder.Build();
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return await CreateRootCommand(host.Services).Parse(args).InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand CreateRootCommand(IServiceProvider services) => new("PlanBot: keeps the three-year action plan alive in Microsoft Teams.")
    {
        ImportCommand.Create(services),
        PackageCommand.Create(),
        AskCommand.Create(services),
        RosterCommand.Create(services),
        RemindCommand.Create(services),
        DigestCommand.Create(services),
    };
}
