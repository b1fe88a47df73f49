using System.Diagnostics;
using System.Text;

namespace PlanBot.Tests.Support;

/// <summary>
/// PlanBot's web host as a real child process (<c>dotnet PlanBot.dll</c> from the test's output folder, where the build
/// copies the app with its runtime config), configured through environment variables as an operator would. For what
/// only separate processes show: a second host refused on one SQLite file, instances sharing a PostgreSQL store, one
/// of them killed with SIGKILL. The host binds loopback port 0 and the port is read back from its "Now listening on"
/// line: a free port picked beforehand could be taken by another socket before the host binds it (seen in CI).
/// </summary>
internal sealed class PlanBotProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "Now listening on: ";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PlanBotProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where the host listens; known once it has bound its port (<see cref="WaitUntilHealthyAsync"/> waits for it).</summary>
    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully
        ? _listening.Task.Result
        : throw new InvalidOperationException("PlanBot is not listening yet: wait until it is healthy first.");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="workingDirectory">The content root (a temp folder of the test's).</param>
    /// <param name="settings">Configuration keys as in appsettings (<c>ConnectionStrings:PlanStore</c>), passed as environment variables.</param>
    public static PlanBotProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlanBot.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // No bot identity: the fake Teams takes no tokens, and outside Development local mode has to be asked for.
        start.Environment["PlanBot__LocalMode"] = "true";
        // Two hosts and the test on 2 cores: workstation GC keeps each process small.
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // The bound port is read from this line, whatever level the test sets for the rest.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException("PlanBot did not start.");
        return new PlanBotProcess(process);
    }

    /// <summary>Waits until <c>/healthz</c> answers 200; fails with the process' output when it exits first or never does.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (!_listening.Task.IsCompleted)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"PlanBot exited with {_process.ExitCode} before it listened:\n{Output}");
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"PlanBot did not listen within {patience}:\n{Output}");
            }

            await Task.WhenAny(_listening.Task, Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None));
        }

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"PlanBot exited with {_process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative), timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!timeout.IsCancellationRequested)
            {
                // One slow answer on a loaded machine; ask again.
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"PlanBot was not healthy within {patience}:\n{Output}");
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"PlanBot was not healthy within {patience}:\n{Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }
    }

    /// <summary>Waits for the process to exit by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process dies at once, nothing stopped in order, nothing flushed.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var listening = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (listening >= 0)
        {
            var address = line[(listening + ListeningPrefix.Length)..].Trim();
            _listening.TrySetResult(new Uri(address.EndsWith('/') ? address : address + "/"));
        }
    }
}
