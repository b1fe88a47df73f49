using PlanBot.Cli;
using PlanBot.Connector.Hosting;
using PlanBot.Data;
using PlanBot.Digest;
using PlanBot.Hosting;
using PlanBot.Plans;
using PlanBot.Scheduling;
using PlanBot.Teams;

// `dotnet run --project src/PlanBot -- <verb> …` runs a command; with no verb, the web host runs.
if (PlanBotCli.IsCommandLine(args))
{
    return await PlanBotCli.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.UsePlanBotDefaultUrls();
builder.Services.AddPlanBotData(builder.Configuration);
builder.Services.AddPlanBotPlans(builder.Configuration);
builder.Services.AddPlanBotConnector(builder.Configuration);
builder.Services.AddPlanBotTeams();
builder.Services.AddPlanBotWeeklyDigest();
builder.Services.AddPlanBotScheduling(builder.Configuration);
builder.Services.AddHostedService<PlaygroundHint>();
builder.Services.AddHealthChecks();
builder.Services.AddPlanStoreHealthCheck();

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.MapBotEndpoint();
await app.RunAsync();
return 0;

/// <summary>Exposed so tests can host the real pipeline with WebApplicationFactory.</summary>
public partial class Program;
