using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PlanBot.Tests.Support;

/// <summary>
/// PlanBot as a child process (the built entry point, <c>dotnet PlanBot.dll</c>) on a free loopback port, over a test's
/// store, in local mode and nothing of this machine's identity settings: a host that a test can kill with SIGKILL.
/// </summary>
internal sealed class PlanBotProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PlanBotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>The last lines it wrote, for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts it and waits until <c>/healthz/live</c> answers (or the process ends, or <paramref name="patience"/> passes).</summary>
    public static async Task<PlanBotProcess> StartAsync(TempPlanStore store, IReadOnlyDictionary<string, string?> settings, TimeSpan patience)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = store.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanBot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__PlanStore"] = store.ConnectionString,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["PlanBot__LocalMode"] = "true",
            ["PlanSeed__ImportWhenStoreEmpty"] = "false",
            ["MicrosoftAppId"] = null,
            ["MicrosoftAppPassword"] = null,
            ["MicrosoftAppType"] = null,
            ["MicrosoftAppTenantId"] = null,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = null,
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = null,
        };
        foreach (var (name, value) in settings)
        {
            environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var process = Process.Start(start)!;
        var bot = new PlanBotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(100))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"PlanBot exited with {process.ExitCode} while starting:\n{bot.Output}");
            }

            if (waited.Elapsed > patience)
            {
                await bot.DisposeAsync();
                throw new TimeoutException($"PlanBot did not answer /healthz/live within {patience}:\n{bot.Output}");
            }

            try
            {
                using var live = await http.GetAsync(new Uri("healthz/live", UriKind.Relative));
                if (live.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally; what is not committed is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
