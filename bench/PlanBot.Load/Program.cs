using PlanBot.Load;

// dotnet run -c Release --project bench/PlanBot.Load -- [--rounds 3] [--concurrency 50] [--card-seconds 10]
//   [--questions 300] [--question-rate 20] [--people 1000] [--owners 200] [--planbot path/to/PlanBot.dll] [--only cards]
LoadSettings settings;
try
{
    settings = LoadSettings.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var report = await new LoadRun(settings, Console.Out).RunAsync(stop.Token);
report.Print(Console.Out);
return 0;
