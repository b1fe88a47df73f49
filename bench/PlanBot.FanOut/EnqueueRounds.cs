using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Teams.Reminders;

namespace PlanBot.FanOut;

/// <summary>
/// How long a quarter's opening takes to queue every owner's card (<c>--enqueue-rounds N</c>), beside a bare baseline
/// in the same run: the same number of cards, their payloads serialised the same way, inserted into a fresh SQLite
/// file (WAL, as PlanBot's) by one prepared statement in one transaction, the least that queuing them durably needs.
/// Rounds alternate which side goes first; each PlanBot round opens another quarter of the plan, so each is an
/// opening of a new cycle on the same seeded store, then starts that cycle's follow-up (every owner still unanswered:
/// 5,000 recipients marked and 5,000 follow-up cards queued), timed on its own.
/// </summary>
internal sealed class EnqueueRounds(int rounds, string folder, TextWriter output)
{
    /// <summary>The plan's twelve quarters, FY2024 Q1 to FY2026 Q4: one opening per round.</summary>
    public const int MaxRounds = 12;

    public async Task<EnqueueTimes> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var dispatcher = services.GetRequiredService<ReminderDispatcher>();
        var planBot = new List<TimeSpan>();
        var followUps = new List<TimeSpan>();
        var bare = new List<TimeSpan>();
        var cards = 0;
        for (var round = 0; round < rounds; round++)
        {
            var quarter = new FiscalQuarter(2024 + (round / 4), 1 + (round % 4));
            for (var side = 0; side < 2; side++)
            {
                if ((side + round) % 2 == 0)
                {
                    var started = Stopwatch.GetTimestamp();
                    var dispatch = await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken)
                        ?? throw new InvalidOperationException("No plan to dispatch.");
                    planBot.Add(Stopwatch.GetElapsedTime(started));
                    cards = dispatch.Enqueued.Count;
                    started = Stopwatch.GetTimestamp();
                    _ = await dispatcher.EnqueueFollowUpsAsync(quarter, cancellationToken)
                        ?? throw new InvalidOperationException("The opened cycle was not found for its follow-up.");
                    followUps.Add(Stopwatch.GetElapsedTime(started));
                }
                else
                {
                    bare.Add(await BareAsync(round, quarter, Math.Max(cards, 1), cancellationToken));
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {quarter} PlanBot {planBot[^1].TotalMilliseconds:F0} ms (follow-up {followUps[^1].TotalMilliseconds:F0} ms), bare {bare[^1].TotalMilliseconds:F0} ms ({cards:N0} cards)"));
        }

        return new EnqueueTimes(cards, planBot, followUps, bare);
    }

    private async Task<TimeSpan> BareAsync(int round, FiscalQuarter quarter, int count, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"bare-{round}.db"));
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE outbox (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, created TEXT NOT NULL);";
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO outbox (key, payload, created) VALUES ($key, $payload, $created)";
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var payload = insert.Parameters.Add("$payload", SqliteType.Text);
        var created = insert.Parameters.Add("$created", SqliteType.Text);
        for (var i = 0; i < count; i++)
        {
            var card = new ReminderCardPayload(quarter.ToString(), string.Create(CultureInfo.InvariantCulture, $"owner{i:D5}@example.jp"), 1, 1, ["1-1"]);
            key.Value = card.KeyFor(OutboxKinds.ReminderCard);
            payload.Value = card.ToJson();
            created.Value = DateTime.UtcNow;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Stopwatch.GetElapsedTime(started);
    }
}

/// <summary>The openings' and the baseline's times, round by round.</summary>
internal sealed record EnqueueTimes(int Cards, IReadOnlyList<TimeSpan> PlanBot, IReadOnlyList<TimeSpan> FollowUps, IReadOnlyList<TimeSpan> Bare)
{
    public void WriteTo(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var planBot = Median(PlanBot);
        var bare = Median(Bare);
        output.WriteLine(string.Create(c, $"cards queued per opening: {Cards:N0}"));
        output.WriteLine(string.Create(c, $"PlanBot opening, median:  {planBot.TotalMilliseconds:F0} ms (first {PlanBot[0].TotalMilliseconds:F0} ms, in a process that had not opened a cycle yet)"));
        output.WriteLine(string.Create(c, $"bare insert, median:      {bare.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(c, $"ratio:                    {planBot / bare:F1}x"));
        output.WriteLine(string.Create(c, $"follow-up stage, median:  {Median(FollowUps).TotalMilliseconds:F0} ms ({Median(FollowUps) / bare:F1}x the bare insert)"));
    }

    private static TimeSpan Median(IReadOnlyList<TimeSpan> times)
    {
        var sorted = times.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
