using PlanBot.FanOut;

// A load client: the wall clock is what it measures. See bench/README.md, section "3. Reminder fan-out".
var (settings, error) = FanOutSettings.Parse(args);
if (settings is null)
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(FanOutSettings.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (settings.EnqueueRounds > 0)
{
    (await new FanOutRun(settings, Console.Out).MeasureEnqueueAsync(cancel.Token)).WriteTo(Console.Out);
    return 0;
}

var result = await new FanOutRun(settings, Console.Out).RunAsync(cancel.Token);
result.WriteTo(Console.Out);
return result.Finished && result.Lost == 0 && result.Duplicated == 0 ? 0 : 1;
