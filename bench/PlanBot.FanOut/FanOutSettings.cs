using System.Globalization;

namespace PlanBot.FanOut;

/// <summary>
/// The command line: how many owners, how long the sending may take before the run stops by itself, and the fake's
/// per-app limit (Teams' 50/s by default; lower it to make PlanBot's own pacing exceed it and meet 429s).
/// </summary>
/// <param name="PostgresStore">An empty PostgreSQL database to run on instead of a temp SQLite file (<c>--store</c>).</param>
/// <param name="Instances">How many PlanBot instances share that store, each with its own sender loop (<c>--instances</c>).</param>
/// <param name="EnqueueRounds">When above 0, only the queuing is measured, that many rounds beside a bare insert (<c>--enqueue-rounds</c>).</param>
internal sealed record FanOutSettings(int Owners, TimeSpan Deadline, int AppLimit, string? PostgresStore = null, int Instances = 1, int EnqueueRounds = 0)
{
    public const int DefaultOwners = 5_000;

    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(5);

    public const string Usage = "usage: PlanBot.FanOut [--owners N (1-100000, default 5000)] [--deadline SECONDS (default 300)] [--app-limit PER_SECOND (default 50)] [--store \"<empty PostgreSQL database>\" [--instances N (1-8, default 1)]] [--enqueue-rounds N (1-12: measure only the queuing, beside a bare insert)]";

    /// <summary>Null (and a message) when the arguments are not understood.</summary>
    public static (FanOutSettings? Settings, string? Error) Parse(IReadOnlyList<string> args)
    {
        var owners = DefaultOwners;
        var deadline = DefaultDeadline;
        var appLimit = TeamsLimits.TeamsAppPerSecond;
        string? store = null;
        var instances = 1;
        var enqueueRounds = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--owners" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000:
                    owners = n;
                    i++;
                    break;
                case "--deadline" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s >= 1:
                    deadline = TimeSpan.FromSeconds(s);
                    i++;
                    break;
                case "--app-limit" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l >= 1:
                    appLimit = l;
                    i++;
                    break;
                case "--store" when value is { Length: > 0 }:
                    store = value;
                    i++;
                    break;
                case "--instances" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 8:
                    instances = count;
                    i++;
                    break;
                case "--enqueue-rounds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) && rounds is >= 1 and <= FanOut.EnqueueRounds.MaxRounds:
                    enqueueRounds = rounds;
                    i++;
                    break;
                default:
                    return (null, $"Not understood: {args[i]} {value}".TrimEnd());
            }
        }

        return store is null && instances > 1
            ? (null, "--instances needs --store: several instances share a PostgreSQL store.")
            : (new FanOutSettings(owners, deadline, appLimit, store, instances, enqueueRounds), null);
    }
}
