using System.Globalization;

namespace PlanBot.FanOut;

/// <summary>The command line: how many owners, and how long the sending may take before the run stops by itself.</summary>
internal sealed record FanOutSettings(int Owners, TimeSpan Deadline)
{
    public const int DefaultOwners = 5_000;

    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(5);

    public const string Usage = "usage: PlanBot.FanOut [--owners N (1-100000, default 5000)] [--deadline SECONDS (default 300)]";

    /// <summary>Null (and a message) when the arguments are not understood.</summary>
    public static (FanOutSettings? Settings, string? Error) Parse(IReadOnlyList<string> args)
    {
        var owners = DefaultOwners;
        var deadline = DefaultDeadline;
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
                default:
                    return (null, $"Not understood: {args[i]} {value}".TrimEnd());
            }
        }

        return (new FanOutSettings(owners, deadline), null);
    }
}
