using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.EndToEnd;

/// <summary>
/// Microsoft's local Teams emulator (npm <c>@microsoft/m365agentsplayground</c>, installed in tests/e2e by the README's
/// test command) run as a child process on a free loopback port, pointed at a bot endpoint, and driven headless through
/// the HTTP and WebSocket API its own web page uses.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly Channel<JsonObject> _botMessages = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly StringBuilder _output;

    private AgentsPlayground(Process process, StringBuilder output, HttpClient http, ClientWebSocket socket, PlaygroundConfig config)
    {
        _process = process;
        _output = output;
        Http = http;
        _socket = socket;
        Config = config;
        _reader = Task.Run(ReadStreamAsync);
    }

    public HttpClient Http { get; }

    public PlaygroundConfig Config { get; }

    /// <summary>What the emulator printed so far, for failure messages.</summary>
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

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, CancellationToken cancellationToken)
    {
        var e2e = Path.Combine(RepositoryPaths.Root, "tests", "e2e");
        var cli = Path.Combine(e2e, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException(
                $"The Agents Playground is not installed ({cli} is missing). Run the README's test command, which runs 'npm ci --prefix tests/e2e' first.");
        }

        var port = FreeLoopbackPort();
        var workDir = Directory.CreateTempSubdirectory("planbot-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "start", "--disable-telemetry", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-e", botEndpoint.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        // These stop every outbound connection attempt (telemetry, browser launch): the machine has no internet.
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(e2e, ".m365agentsplayground.yml");

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        HttpClient? http = null;
        try
        {
            // The port asked for may be taken meanwhile (found free is not kept free); the Playground then listens on
            // another one and says which.
            port = await ListeningPortAsync(process, output, cancellationToken);
            http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReadyAsync(http, process, output, cancellationToken);
            var config = await PlaygroundConfig.ReadAsync(http, cancellationToken);
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), cancellationToken);
            return new AgentsPlayground(process, output, http, socket, config);
        }
        catch
        {
            http?.Dispose();
            Kill(process);
            throw;
        }
    }

    /// <summary>The port of the Playground's "Listening on 12345" line, once it is written.</summary>
    private static async Task<int> ListeningPortAsync(Process process, StringBuilder output, CancellationToken cancellationToken)
    {
        // Readiness of a child process is polled, bounded by a deadline; no behaviour under test depends on this delay.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            string written;
            lock (output)
            {
                written = output.ToString();
            }

            if (ListeningLine().Match(written) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited with code {process.ExitCode}:\n{written}");
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The Agents Playground did not say which port it listens on within 30 s:\n{output}");
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>Opens the chat as Teams does on install: installationUpdate (add) and conversationUpdate (membersAdded).</summary>
    public async Task InstallAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", null, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>A user writes a message in a conversation.</summary>
    public Task SendAsync(string conversationId, string fromUserId, string text, CancellationToken cancellationToken) =>
        SendAsync(conversationId, fromUserId, text, null, cancellationToken);

    /// <summary>
    /// A user writes a message that @mentions someone (in a channel, the bot only hears messages that mention it): each
    /// mention's <c>Text</c> (e.g. "&lt;at&gt;PlanBot&lt;/at&gt;") must appear in <paramref name="text"/>.
    /// </summary>
    public async Task SendAsync(
        string conversationId, string fromUserId, string text, IReadOnlyList<(string MentionedId, string Text)>? mentions, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = fromUserId }, ["text"] = text, ["textFormat"] = "plain" };
        if (mentions is { Count: > 0 })
        {
            body["mentions"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = m.MentionedId },
                ["text"] = m.Text,
            })]);
        }

        using var response = await Http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>A user presses an Action.Execute button on the card <paramref name="messageId"/>; returns the invoke response.</summary>
    public async Task<JsonObject> ExecuteAsync(string conversationId, string fromUserId, string messageId, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = fromUserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = messageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
        using var response = await Http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? [];
    }

    /// <summary>
    /// Waits for the next message the bot posts (createMessage or updateMessage) that matches; earlier ones that matched
    /// nothing stay available to later waits.
    /// </summary>
    public async Task<JsonObject> WaitForBotMessageAsync(Func<JsonObject, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        lock (_seen)
        {
            var earlier = _seen.FirstOrDefault(match);
            if (earlier is not null)
            {
                _seen.Remove(earlier);
                return earlier;
            }
        }

        try
        {
            while (true)
            {
                var next = await _botMessages.Reader.ReadAsync(cts.Token);
                if (match(next))
                {
                    return next;
                }

                lock (_seen)
                {
                    _seen.Add(next);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The bot posted no matching message within {timeout}. Emulator output:\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The emulator may already be gone; nothing to close.
        }

        Kill(_process);
        try
        {
            await _reader;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The stream ends when the emulator stops.
        }

        _socket.Dispose();
        Http.Dispose();
        _process.Dispose();
        _stop.Dispose();
    }

    private async Task ReadStreamAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (JsonNode.Parse(message.ToArray()) is JsonObject evt
                && evt["action"]?.GetValue<string>() is "createMessage" or "updateMessage")
            {
                await _botMessages.Writer.WriteAsync(evt, _stop.Token);
            }

            message.SetLength(0);
        }
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process process, StringBuilder output, CancellationToken cancellationToken)
    {
        // Readiness of a child process is polled, bounded by a deadline; no behaviour under test depends on this delay.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited with code {process.ExitCode}:\n{output}");
            }

            try
            {
                using var ping = await http.GetAsync("_debug/ping", cancellationToken);
                if (ping.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The Agents Playground did not answer /_debug/ping within 30 s:\n{output}");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} -> {(int)response.StatusCode}: {body}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
