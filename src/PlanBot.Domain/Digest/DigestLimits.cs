namespace PlanBot.Domain.Digest;

/// <summary>
/// How much a digest shows, so a card stays small and reads in ten seconds; what is cut is counted ("ほか 3件").
/// </summary>
public sealed record DigestLimits
{
    /// <summary>5 per list, 5 names per department, comments cut at 60 characters, titles at 24, a 20-point pace margin.</summary>
    public static DigestLimits Default { get; } = new();

    /// <summary>The most entries of each list (each kind of change, comments, departments, KGIs at risk).</summary>
    public int MaxListItems { get; init; } = 5;

    /// <summary>The most names listed per department among those who have not answered.</summary>
    public int MaxNamesPerDepartment { get; init; } = 5;

    /// <summary>The longest comment excerpt, in characters (the ellipsis included).</summary>
    public int MaxCommentLength { get; init; } = 60;

    /// <summary>The longest sub-theme or strategy title, in characters (the ellipsis included).</summary>
    public int MaxTitleLength { get; init; } = 24;

    /// <summary>
    /// A KGI is behind pace when its progress is more than this many percentage points below the share of the fiscal
    /// year already elapsed (see <see cref="DigestBuilder"/>).
    /// </summary>
    public int PaceMarginPercent { get; init; } = 20;

    /// <summary>What is wrong with these limits, in English; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckRange(MaxListItems, 1, 50, nameof(MaxListItems), errors);
        CheckRange(MaxNamesPerDepartment, 1, 50, nameof(MaxNamesPerDepartment), errors);
        CheckRange(MaxCommentLength, 10, 2000, nameof(MaxCommentLength), errors);
        CheckRange(MaxTitleLength, 8, 200, nameof(MaxTitleLength), errors);
        CheckRange(PaceMarginPercent, 0, 100, nameof(PaceMarginPercent), errors);
        return errors;
    }

    private static void CheckRange(int value, int min, int max, string name, List<string> errors)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name} must be between {min} and {max}, not {value}.");
        }
    }
}
