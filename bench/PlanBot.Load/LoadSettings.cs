using System.Globalization;

namespace PlanBot.Load;

/// <summary>The load client's command line; every figure has a default that fits the 2-core machine in a few minutes.</summary>
internal sealed record LoadSettings
{
    /// <summary>Interleaved rounds: each measure runs once per round against each side, the order alternating.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Owners answering their cards at once (closed loop: each sends its next answer when the last one is answered).</summary>
    public int Concurrency { get; init; } = 50;

    /// <summary>How long each card-answer phase is measured, after a warm-up of a fifth of it.</summary>
    public TimeSpan CardPhase { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Questions per phase, asked at <see cref="QuestionRate"/>.</summary>
    public int Questions { get; init; } = 300;

    /// <summary>Questions per second: below every limit (Teams' 50/s per app, PlanBot's pacing), so CPU is what is measured.</summary>
    public int QuestionRate { get; init; } = 20;

    /// <summary>People on the large store's roster.</summary>
    public int People { get; init; } = 1000;

    /// <summary>Owners asked in the open cycle (each one card of one sub-theme); the card phase cycles through them.</summary>
    public int Owners { get; init; } = 200;

    /// <summary>Which configuration's binaries to run (the load client's own by default).</summary>
    public string Configuration { get; init; } =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>Another build of PlanBot to run instead of the repository's (e.g. a copy of an earlier commit's binaries, for before/after).</summary>
    public string? PlanBotDll { get; init; }

    /// <summary>Only the card-answer phases (no questions, no restarts): for iterating on the card path in a minute or two.</summary>
    public bool CardsOnly { get; init; }

    public static LoadSettings Parse(string[] args)
    {
        var settings = new LoadSettings();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--rounds" => settings with { Rounds = Int(value) },
                "--concurrency" => settings with { Concurrency = Int(value) },
                "--card-seconds" => settings with { CardPhase = TimeSpan.FromSeconds(Int(value)) },
                "--questions" => settings with { Questions = Int(value) },
                "--question-rate" => settings with { QuestionRate = Int(value) },
                "--people" => settings with { People = Int(value) },
                "--owners" => settings with { Owners = Int(value) },
                "--planbot" => settings with { PlanBotDll = Path.GetFullPath(value) },
                "--only" when value == "cards" => settings with { CardsOnly = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --rounds --concurrency --card-seconds --questions --question-rate --people --owners --planbot --only cards."),
            };
            i++;
        }

        return settings;
    }

    private static int Int(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{value}' is not a positive whole number.");
}
