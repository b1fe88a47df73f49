using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PlanBot.Domain.Calendar;

namespace PlanBot.Load;

/// <summary>
/// The side-by-side run: PlanBot (Release, a real process, local mode) and the bare endpoint against one instant fake
/// Teams, each measure once per round on each side with the order alternating, then both restarted for cold starts.
/// PlanBot runs three times over: on a copy of the large store that the card answers write to; on the large store for
/// questions (1,000 people, three years of reports); and on a store holding only the plan, which a question's cost on
/// the large store is compared with.
/// </summary>
internal sealed class LoadRun(LoadSettings settings, TextWriter output)
{
    private const int AskerChats = 50;

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new LoadReport(settings, LoadAverage());
        var folder = Directory.CreateTempSubdirectory("planbot-load-").FullName;
        await using var teams = await InstantTeams.StartAsync();
        var servers = new List<ServerProcess>();
        try
        {
            var seeding = Stopwatch.StartNew();
            var large = await LoadStores.LargeAsync(folder, settings.People, settings.Owners, teams.ServiceUrl, cancellationToken);
            var cards = LoadStores.Copy(large, "cards.db");
            var planOnly = await LoadStores.PlanOnlyAsync(folder, cancellationToken);
            SqliteConnection.ClearAllPools();
            Say($"seeded: {settings.People:N0} people, {large.Owners.Count:N0} card owners, 3 years of reports ({seeding.Elapsed.TotalSeconds:F0} s)");

            var planBot = settings.PlanBotDll ?? RepositoryFiles.Binary("src/PlanBot", "PlanBot.dll", settings.Configuration);
            var bareDll = RepositoryFiles.Binary("bench/PlanBot.Bare", "PlanBot.Bare.dll", settings.Configuration);
            var bare = await StartAsync(servers, "bare", bareDll, "healthz", new() { ["BareStore"] = Path.Combine(folder, "bare.db") });
            var cardBot = await StartAsync(servers, "PlanBot (cards)", planBot, "healthz/ready", PlanBotEnvironment(cards));
            var askBot = settings.CardsOnly ? cardBot : await StartAsync(servers, "PlanBot (1,000 people × 3 years)", planBot, "healthz/ready", PlanBotEnvironment(large));
            var planBotPlanOnly = settings.CardsOnly ? cardBot : await StartAsync(servers, "PlanBot (plan only)", planBot, "healthz/ready", PlanBotEnvironment(planOnly));

            // Both large stores queued the quarter's cards: let PlanBot deliver them before anything is measured.
            var stores = settings.CardsOnly ? 1L : 2L;
            await WaitForAsync(() => teams.Sends >= stores * large.Owners.Count, TimeSpan.FromMinutes(2), "the queued reminder cards");
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            report.RssIdle = (askBot.RssMegabytes(), bare.RssMegabytes());
            Say($"delivered {teams.Sends:N0} reminder cards; RSS idle: PlanBot {report.RssIdle.PlanBot:F0} MB, bare {report.RssIdle.Bare:F0} MB");

            var quarter = FiscalQuarter.Of(JapanTime.Today(TimeProvider.System));
            await CheckCardAnswerAsync(cardBot, cards.Owners[0], teams.ServiceUrl, quarter, cancellationToken);
            for (var round = 1; round <= settings.Rounds; round++)
            {
                var planBotFirst = round % 2 == 0;
                foreach (var planBotTurn in Order(planBotFirst))
                {
                    var result = await CardPhaseAsync(planBotTurn ? cardBot : bare, cards.Owners, teams.ServiceUrl, quarter, cancellationToken);
                    (planBotTurn ? report.CardsPlanBot : report.CardsBare).Add(result);
                    Say($"round {round} cards {(planBotTurn ? "PlanBot" : "bare"),-7}: {result}");
                }

                if (settings.CardsOnly)
                {
                    continue;
                }

                foreach (var planBotTurn in Order(planBotFirst))
                {
                    var result = await QuestionPhaseAsync(planBotTurn ? askBot : bare, large, teams, settings.Questions, cancellationToken);
                    (planBotTurn ? report.QuestionsPlanBot : report.QuestionsBare).Add(result);
                    Say($"round {round} questions {(planBotTurn ? "PlanBot" : "bare"),-7}: {result}");
                }

                foreach (var largeTurn in Order(planBotFirst))
                {
                    var result = await QuestionPhaseAsync(largeTurn ? askBot : planBotPlanOnly, largeTurn ? large : planOnly, teams, settings.Questions / 3, cancellationToken);
                    (largeTurn ? report.QuestionsLarge : report.QuestionsPlanOnly).Add(result);
                    Say($"round {round} question at {(largeTurn ? "1,000 people × 3 years" : "the plan only"),-22}: {result}");
                }
            }

            report.RssAfterLoad = (Math.Max(cardBot.RssMegabytes(), askBot.RssMegabytes()), bare.RssMegabytes());
            Say($"RSS after load: PlanBot {cardBot.RssMegabytes():F0} MB (cards), {askBot.RssMegabytes():F0} MB (questions); bare {report.RssAfterLoad.Bare:F0} MB");

            for (var round = 1; round <= (settings.CardsOnly ? 0 : settings.Rounds); round++)
            {
                foreach (var planBotTurn in Order(round % 2 == 0))
                {
                    var server = planBotTurn ? askBot : bare;
                    var time = await server.RestartAsync();
                    var cpu = server.CpuTime();
                    (planBotTurn ? report.ColdStartPlanBot : report.ColdStartBare).Add(time);
                    (planBotTurn ? report.ColdStartCpuPlanBot : report.ColdStartCpuBare).Add(cpu.TotalMilliseconds);
                    Say($"round {round} cold start {(planBotTurn ? "PlanBot" : "bare"),-7}: /healthz {time.Live.TotalMilliseconds:F0} ms, ready {time.Ready.TotalMilliseconds:F0} ms, {cpu.TotalMilliseconds:F0} ms CPU");
                }
            }

            report.LoadAtEnd = LoadAverage();
            return report;
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<bool> Order(bool planBotFirst) => planBotFirst ? [true, false] : [false, true];

    /// <summary>PlanBot as `dotnet run` would run it, in local mode, on the given store; nothing else set.</summary>
    private static Dictionary<string, string> PlanBotEnvironment(SeededStore store) => new()
    {
        ["ConnectionStrings__PlanStore"] = LoadStores.ConnectionString(store.Path),
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // No identity (the instant fake Teams takes no tokens): outside Development local mode has to be asked for.
        ["PlanBot__LocalMode"] = "true",
    };

    private async Task<ServerProcess> StartAsync(List<ServerProcess> servers, string name, string dll, string readyPath, Dictionary<string, string> environment)
    {
        var (server, coldStart) = await ServerProcess.StartAsync(name, dll, readyPath, environment);
        servers.Add(server);
        Say($"started {name} (pid {server.ProcessId}) on {server.BaseUrl}: /healthz in {coldStart.Live.TotalMilliseconds:F0} ms, ready in {coldStart.Ready.TotalMilliseconds:F0} ms");
        return server;
    }

    /// <summary>One answer before the measures, so a PlanBot that refuses the answers fails the run instead of timing errors.</summary>
    private async Task CheckCardAnswerAsync(ServerProcess server, CardOwner owner, Uri teams, FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var (status, body) = await PostAsync(server, Activities.CardAnswer(teams, owner, quarter, 1), cancellationToken);
        if (status != HttpStatusCode.OK || !Regex.Unescape(body).Contains("記録しました", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"PlanBot did not record a card answer ({(int)status}): {body}\n{server.Tail()}");
        }
    }

    /// <summary>
    /// Owners answering their cards at once, each sending the next answer as soon as the last one is answered, until the
    /// phase ends (after a warm-up). Latencies are of every answer finished after the warm-up (those still running at the
    /// end are awaited), so a server slower than the phase still gets a figure; answers per second count the answers
    /// that finished inside the measured window.
    /// </summary>
    private async Task<CardPhaseResult> CardPhaseAsync(ServerProcess server, IReadOnlyList<CardOwner> owners, Uri teams, FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var warmUp = settings.CardPhase / 5;
        var start = Stopwatch.GetTimestamp();
        var cpu = server.CpuTime();
        var answered = 0;
        var from = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var until = from + (long)(settings.CardPhase.TotalSeconds * Stopwatch.Frequency);
        var next = 0;
        var errors = 0;
        var finishedInWindow = 0;
        var latencies = new List<double>();
        var workers = Enumerable.Range(0, settings.Concurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var n = Interlocked.Increment(ref next);
                var body = Activities.CardAnswer(teams, owners[n % owners.Count], quarter, n);
                var sent = Stopwatch.GetTimestamp();
                var (status, answer) = await PostAsync(server, body, cancellationToken);
                var done = Stopwatch.GetTimestamp();
                var ok = status == HttpStatusCode.OK && answer.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal);
                lock (latencies)
                {
                    if (!ok)
                    {
                        errors++;
                        continue;
                    }

                    answered++;

                    if (done >= from && done <= until)
                    {
                        finishedInWindow++;
                    }

                    if (done >= from)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
                    }
                }
            }
        });
        await Task.WhenAll(workers);
        var cpuPerAnswer = answered == 0 ? double.NaN : (server.CpuTime() - cpu).TotalMilliseconds / answered;
        return new CardPhaseResult(Percentiles.Of(latencies, 0.5), Percentiles.Of(latencies, 0.99), finishedInWindow / settings.CardPhase.TotalSeconds, cpuPerAnswer, errors);
    }

    /// <summary>
    /// Questions at a steady rate below every limit, each timed from its POST to its reply's arrival at the fake Teams;
    /// the server's CPU time and console lines over the phase are divided by the replies delivered.
    /// </summary>
    private async Task<QuestionPhaseResult> QuestionPhaseAsync(ServerProcess server, SeededStore store, InstantTeams teams, int count, CancellationToken cancellationToken)
    {
        var cpu = server.CpuTime();
        var lines = server.Lines;
        var start = Stopwatch.GetTimestamp();
        var latencies = new List<double>();
        var failures = 0;
        var tasks = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / (double)settings.QuestionRate);
            while (Stopwatch.GetTimestamp() < due)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, (due - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency)), cancellationToken);
            }

            var (id, body) = Activities.Question(teams.ServiceUrl, store, i, AskerChats);
            tasks.Add(AskAsync(id, body));
        }

        await Task.WhenAll(tasks);
        await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken); // the last replies' logging
        var replies = latencies.Count;
        return new QuestionPhaseResult(
            Percentiles.Of(latencies, 0.5),
            Percentiles.Of(latencies, 0.99),
            replies == 0 ? double.NaN : (server.CpuTime() - cpu).TotalMilliseconds / replies,
            replies == 0 ? double.NaN : (server.Lines - lines) / (double)replies,
            failures);

        async Task AskAsync(string id, byte[] body)
        {
            var reply = teams.ReplyTo(id);
            var sent = Stopwatch.GetTimestamp();
            var (status, _) = await PostAsync(server, body, cancellationToken);
            var arrived = status == HttpStatusCode.OK ? await Task.WhenAny(reply, Task.Delay(TimeSpan.FromSeconds(20), cancellationToken)) : null;
            lock (latencies)
            {
                if (arrived == reply)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent, reply.Result).TotalMilliseconds);
                }
                else
                {
                    failures++;
                }
            }
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(ServerProcess server, byte[] activity, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(activity);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await _http.PostAsync(new Uri(server.BaseUrl, "api/messages"), content, cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException e)
        {
            return (0, e.Message);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return (HttpStatusCode.RequestTimeout, e.Message);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:F0} s for {what}.");
            }

            await Task.Delay(100);
        }
    }

    private static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private void Say(string line) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss} {line}"));
}
