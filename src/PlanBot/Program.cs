using Microsoft.Extensions.Options;
using PlanBot.Cli;
using PlanBot.Connector.Hosting;
using PlanBot.Data;
using PlanBot.Digest;
using PlanBot.Health;
using PlanBot.Hosting;
using PlanBot.Plans;
using PlanBot.Scheduling;
using PlanBot.Telemetry;
using PlanBot.Teams;

// `dotnet run --project src/PlanBot -- <verb> …` runs a command; with no verb, the web host runs.
var (contentRoot, arguments) = LaunchArguments.Split(args);
if (PlanBotCli.IsCommandLine(arguments))
{
    return await PlanBotCli.RunAsync(arguments, Console.Out, Console.Error, contentRoot: contentRoot);
}

var builder = WebApplication.CreateBuilder(args);
builder.UsePlanBotDefaultUrls();
builder.Services.AddPlanBotSingleHostLock();
builder.Services.AddPlanBotData(builder.Configuration);
builder.Services.AddPlanBotPlans(builder.Configuration);
builder.Services.AddPlanBotConnector(builder.Configuration);
builder.Services.AddPlanBotScaleOut(builder.Configuration);
builder.Services.AddPlanBotTeams();
builder.Services.AddPlanBotWeeklyDigest();
builder.Services.AddPlanBotBoardPaper(builder.Configuration);
// After the store's services: the scheduler starts as soon as its hosted service does (ScheduleStartService).
builder.Services.AddPlanBotScheduling(builder.Configuration);
builder.Services.AddHostedService<PlaygroundHint>();
builder.Services.AddPlanBotHealthChecks();
builder.Services.AddPlanBotForwardedHeaders(builder.Configuration);
builder.AddPlanBotTelemetry();

var app = builder.Build();
app.UseForwardedHeaders();
app.MapPlanBotHealthChecks();
app.MapPlanBotPages(builder.Configuration);
app.MapBotEndpoint();
try
{
    // Settings first, before any hosted service reads them: a refused configuration is reported as such, not as a crash.
    app.Services.GetService<IStartupValidator>()?.Validate();
    await app.RunAsync();
}
catch (PlanStoreInUseException e)
{
    // A second host on the same SQLite file: say so plainly and stop, with nothing started.
    await Console.Error.WriteLineAsync(e.Message);
    return PlanStoreInUseException.ExitCode;
}
catch (Exception e) when (StartupFailure.ConfigurationFailures(e) is { Count: > 0 } failures)
{
    return StartupFailure.Report(failures, Console.Error);
}

return 0;

/// <summary>Exposed so tests can host the real pipeline with WebApplicationFactory.</summary>
public partial class Program;
