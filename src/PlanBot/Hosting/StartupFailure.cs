using Microsoft.Extensions.Options;

namespace PlanBot.Hosting;

/// <summary>
/// A configuration PlanBot refuses (missing identity, a bad setting) ends the process with the reasons in plain English
/// on stderr, one per line, and exit code <see cref="ExitCode"/>: no stack trace to dig through, and a code a service
/// manager can be told not to restart on (systemd's RestartPreventExitStatus).
/// </summary>
internal static class StartupFailure
{
    /// <summary>EX_CONFIG from sysexits.h: a configuration error.</summary>
    public const int ExitCode = 78;

    /// <summary>The configuration failures inside <paramref name="exception"/>, or none when it is something else.</summary>
    public static IReadOnlyList<string> ConfigurationFailures(Exception exception) => exception switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(ConfigurationFailures)],
        _ => [],
    };

    public static int Report(IReadOnlyList<string> failures, TextWriter error)
    {
        error.WriteLine("PlanBot cannot start: its configuration is not valid.");
        foreach (var failure in failures)
        {
            error.WriteLine($"  - {failure}");
        }

        error.WriteLine("Settings come from appsettings.json, environment variables (':' written as '__') and the command line; see README, 'Configuration'.");
        return ExitCode;
    }
}
