using PlanBot.Cli;
using PlanBot.Data;
using PlanBot.Hosting;
using PlanBot.Plans;
using PlanBot.Scheduling;

// `dotnet run --project src/PlanBot -- <verb> …` runs a command; with no verb, the web host runs.
if (PlanBotCli.IsCommandLine(args))
{
    return await PlanBotCli.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.UsePlanBotDefaultUrls();
builder.Services.AddPlanBotData(builder.Configuration);
builder.Services.AddPlanBotPlans(builder.Configuration);
builder.Services.AddPlanBotScheduling(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/healthz");
await app.RunAsync();
return 0;

/// <summary>Exposed so tests can host the real pipeline with WebApplicationFactory.</summary>
public partial class Program;
