using System.Text.Json;
using Microsoft.Data.Sqlite;
using PlanBot.Floor;

// The floor of PlanBot's stack, one layer at a time: `dotnet PlanBot.Floor.dll --urls http://127.0.0.1:5000
// --layers bare,ef,quartz,identity,http --FloorStore=/tmp/floor.db`. "bare" is PlanBot.Bare's card answer (the activity
// parsed, one SQLite insert); each further layer adds, at start and per request, the least PlanBot's use of that part
// needs (see each layer's class). Layers live in classes of their own so a layer that is off is never JIT-compiled nor
// its assemblies loaded. POST /v3/... answers as Teams would, so it also serves as the loopback Teams for the http layer
// and for PlanBot's replies in measure.sh.
var layers = Layers.Parse(args);
var builder = WebApplication.CreateBuilder(args);

// PlanBot's levels (src/PlanBot/appsettings.json): its own categories at Information, the framework's at Warning.
builder.Logging.SetMinimumLevel(LogLevel.Information);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
builder.Logging.AddFilter("Polly", LogLevel.Warning);

var storePath = Path.GetFullPath(builder.Configuration["FloorStore"] ?? "floor.db");
var connectionString = new SqliteConnectionStringBuilder { DataSource = storePath, Pooling = true }.ToString();
using (var setup = new SqliteConnection(connectionString))
{
    setup.Open();
    using var command = setup.CreateCommand();
    command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY, activity_id TEXT, sender TEXT, data TEXT, at TEXT);";
    command.ExecuteNonQuery();
}

var enabled = new List<ILayer>();
foreach (var name in layers)
{
    ILayer? layer = name switch
    {
        "ef" => EfLayer.Add(builder.Services, connectionString),
        "quartz" => QuartzLayer.Add(builder.Services, connectionString),
        "identity" => IdentityLayer.Add(builder.Services),
        "http" => HttpLayer.Add(builder.Services),
        _ => null,
    };
    if (layer is not null)
    {
        enabled.Add(layer);
    }
}

var app = builder.Build();
var ready = false;
app.MapGet("/healthz", () => Results.Ok());
app.MapGet("/healthz/ready", () => ready ? Results.Ok() : Results.StatusCode(503));

// The loopback Teams: a reply or a proactive message is accepted with a resource id.
app.MapPost("/v3/{**rest}", () => Results.Json(new { id = "1" }));

app.MapPost("/api/messages", async (HttpContext context) =>
{
    using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var root = activity.RootElement;
    var turn = new Turn(
        root.GetProperty("id").GetString() ?? "",
        root.GetProperty("from").GetProperty("id").GetString() ?? "",
        root.TryGetProperty("text", out var text) ? text.GetString() ?? "" : root.GetRawText());

    // bare: the card answer's one insert.
    await using (var connection = new SqliteConnection(connectionString))
    {
        await connection.OpenAsync(context.RequestAborted);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO answers (activity_id, sender, data, at) VALUES ($id, $from, $data, $at)";
        insert.Parameters.AddWithValue("$id", turn.ActivityId);
        insert.Parameters.AddWithValue("$from", turn.Sender);
        insert.Parameters.AddWithValue("$data", turn.Text);
        insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        await insert.ExecuteNonQueryAsync(context.RequestAborted);
    }

    foreach (var layer in enabled)
    {
        await layer.OnTurnAsync(context.RequestServices, turn, context.RequestAborted);
    }

    return Results.Json(new { statusCode = 200, type = "application/vnd.microsoft.card.adaptive", value = new { type = "AdaptiveCard", version = "1.5" } });
});

await app.StartAsync();

// As PlanBot's ScheduleStartService: what a layer starts in the background begins once the host serves requests.
foreach (var layer in enabled)
{
    await layer.AfterStartAsync(app.Services, app.Lifetime.ApplicationStopping);
}

ready = true;
app.Logger.LogInformation("Floor ready with layers {Layers}", string.Join(',', layers));
await app.WaitForShutdownAsync();
