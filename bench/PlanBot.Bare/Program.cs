using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// The bare endpoint: the least the turns PlanBot is measured on need, and nothing else. A card answer (an invoke) is
// parsed, stored with one SQLite insert and answered with a card in the response; a message is acknowledged at once and
// answered with one reply POST to the activity's serviceUrl. No authentication, validation, plan or roster.
// Configuration: --urls and BareStore (the SQLite file), as `dotnet PlanBot.Bare.dll --urls http://127.0.0.1:5000 --BareStore=/tmp/bare.db`.
var builder = WebApplication.CreateBuilder(args);

// Problems only: per-request logging is work the least endpoint does not do.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connectionString = new SqliteConnectionStringBuilder { DataSource = builder.Configuration["BareStore"] ?? "bare.db", Pooling = true }.ToString();
using (var setup = new SqliteConnection(connectionString))
{
    setup.Open();
    using var command = setup.CreateCommand();
    command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY, activity_id TEXT, sender TEXT, data TEXT, at TEXT);";
    command.ExecuteNonQuery();
}

builder.Services.AddHttpClient("replies");
var app = builder.Build();
var replies = app.Services.GetRequiredService<IHttpClientFactory>();
app.MapGet("/healthz", () => Results.Ok());
app.MapPost("/api/messages", async (HttpContext context) =>
{
    using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var root = activity.RootElement;
    var type = root.GetProperty("type").GetString();
    if (type == "invoke")
    {
        var data = root.GetProperty("value").GetProperty("action").GetProperty("data");
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(context.RequestAborted);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO answers (activity_id, sender, data, at) VALUES ($id, $from, $data, $at)";
        insert.Parameters.AddWithValue("$id", root.GetProperty("id").GetString());
        insert.Parameters.AddWithValue("$from", root.GetProperty("from").GetProperty("id").GetString());
        insert.Parameters.AddWithValue("$data", data.GetRawText());
        insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        await insert.ExecuteNonQueryAsync(context.RequestAborted);
        return Results.Json(new
        {
            statusCode = 200,
            type = "application/vnd.microsoft.card.adaptive",
            value = Card("記録しました"),
        });
    }

    if (type == "message")
    {
        // Answered after the acknowledgement, as a bot must for a message.
        var serviceUrl = root.GetProperty("serviceUrl").GetString()!.TrimEnd('/');
        var conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
        var activityId = root.GetProperty("id").GetString()!;
        var text = root.GetProperty("text").GetString() ?? string.Empty;
        _ = Task.Run(async () =>
        {
            var reply = JsonSerializer.SerializeToUtf8Bytes(new
            {
                type = "message",
                replyToId = activityId,
                attachments = new[] { new { contentType = "application/vnd.microsoft.card.adaptive", content = Card(text) } },
            });
            using var content = new ByteArrayContent(reply);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var url = $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
            using var response = await replies.CreateClient("replies").PostAsync(url, content);
        });
    }

    return Results.Ok();
});
app.Run();

static object Card(string text) => new Dictionary<string, object>
{
    ["type"] = "AdaptiveCard",
    ["version"] = "1.5",
    ["body"] = new object[] { new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true } },
};
