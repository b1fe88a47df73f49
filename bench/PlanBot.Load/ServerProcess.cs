using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PlanBot.Load;

/// <summary>
/// One server under test as a real process (`dotnet X.dll --urls …`): started, waited for until GET /healthz answers
/// 200, and read from /proc for its memory and CPU time. Its console output is counted line by line (PlanBot logs to
/// the console), and the last lines are kept to explain a failure.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly HttpClient Health = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Queue<string> _tail = new();
    private Process _process;
    private long _lines;

    private ServerProcess(string name, string dll, string readyPath, IReadOnlyDictionary<string, string> environment, int port, Process process)
    {
        Name = name;
        Dll = dll;
        ReadyPath = readyPath;
        Environment = environment;
        Port = port;
        _process = process;
    }

    public string Name { get; }

    public string Dll { get; }

    public string ReadyPath { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    /// <summary>Console lines written so far by the current process.</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>Starts the process and waits for /healthz 200, then for <paramref name="readyPath"/> 200; the times from the start to each.</summary>
    /// <param name="readyPath">What says the server takes traffic: PlanBot's <c>healthz/ready</c> (the store and the scheduler), the bare endpoint's <c>healthz</c>.</param>
    public static async Task<(ServerProcess Server, StartTimes ColdStart)> StartAsync(string name, string dll, string readyPath, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var server = new ServerProcess(name, dll, readyPath, environment, port, null!);
        try
        {
            return (server, await server.LaunchAsync());
        }
        catch
        {
            // Never leave a half-started server behind.
            await server.StopAsync();
            throw;
        }
    }

    /// <summary>Stops the process (SIGTERM, as a host shuts down) and starts it again on the same store and port.</summary>
    public async Task<StartTimes> RestartAsync()
    {
        await StopAsync();
        try
        {
            return await LaunchAsync();
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    /// <summary>Resident memory (VmRSS), in MB.</summary>
    public double RssMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        throw new InvalidOperationException($"No VmRSS for {Name}.");
    }

    /// <summary>User plus system CPU time of every thread so far (clock ticks of /proc, 10 ms here).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");

        // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public string Tail() => string.Join('\n', _tail);

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<StartTimes> LaunchAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        info.ArgumentList.Add(Dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseUrl.ToString().TrimEnd('/'));
        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        Interlocked.Exchange(ref _lines, 0);
        var started = Stopwatch.GetTimestamp();
        _process = Process.Start(info) ?? throw new InvalidOperationException($"{Name} did not start.");
        _process.OutputDataReceived += (_, e) => Count(e.Data);
        _process.ErrorDataReceived += (_, e) => Count(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = started + (Stopwatch.Frequency * 300);
        var live = await UntilOkAsync("healthz", deadline);
        var ready = ReadyPath == "healthz" ? live : await UntilOkAsync(ReadyPath, deadline);
        return new StartTimes(Stopwatch.GetElapsedTime(started, live), Stopwatch.GetElapsedTime(started, ready));
    }

    /// <summary>Polls the path until it answers 200; the timestamp of that answer.</summary>
    private async Task<long> UntilOkAsync(string path, long deadline)
    {
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready:\n{Tail()}");
            }

            try
            {
                using var response = await Health.GetAsync(new Uri(BaseUrl, path));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetTimestamp();
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still starting (the health check answers once the host has started).
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"{Name} did not answer /{path} 200 within 300 s:\n{Tail()}");
    }

    private void Count(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Increment(ref _lines);
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }

    private async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        // SIGTERM: the host's graceful stop, so the SQLite file is closed as in production.
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>How long a start took to <c>/healthz</c> 200 (the process serves HTTP) and to ready (it takes traffic).</summary>
internal sealed record StartTimes(TimeSpan Live, TimeSpan Ready);
