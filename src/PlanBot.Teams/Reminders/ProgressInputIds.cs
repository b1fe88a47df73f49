using System.Globalization;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// The ids of a reminder card's inputs: "{field}:{sub-theme key}", e.g. "status:5-2", "percent:5-2", "comment:5-2".
/// They are the keys of the values the client sends back, so they must stay stable and parseable.
/// </summary>
public static class ProgressInputIds
{
    private const char Separator = ':';

    public static string Status(string subThemeKey) => For(ProgressInputField.Status, subThemeKey);

    public static string Percent(string subThemeKey) => For(ProgressInputField.Percent, subThemeKey);

    public static string Comment(string subThemeKey) => For(ProgressInputField.Comment, subThemeKey);

    public static string For(ProgressInputField field, string subThemeKey)
    {
        if (!IsSubThemeKey(subThemeKey))
        {
            throw new ArgumentException($"Not a sub-theme key (expected e.g. 5-2): '{subThemeKey}'.", nameof(subThemeKey));
        }

        return string.Concat(Prefix(field), Separator.ToString(), subThemeKey);
    }

    /// <summary>Reads an id written by <see cref="For"/>; false for anything else (other data keys included).</summary>
    public static bool TryParse(string? id, out ProgressInputField field, out string subThemeKey)
    {
        field = default;
        subThemeKey = string.Empty;
        var at = id?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (id is null || at <= 0)
        {
            return false;
        }

        var key = id[(at + 1)..];
        ProgressInputField? parsed = id[..at] switch
        {
            "status" => ProgressInputField.Status,
            "percent" => ProgressInputField.Percent,
            "comment" => ProgressInputField.Comment,
            _ => null,
        };
        if (parsed is not { } f || !IsSubThemeKey(key))
        {
            return false;
        }

        field = f;
        subThemeKey = key;
        return true;
    }

    private static string Prefix(ProgressInputField field) => field switch
    {
        ProgressInputField.Status => "status",
        ProgressInputField.Percent => "percent",
        ProgressInputField.Comment => "comment",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>"{initiative}-{index}" with positive numbers, as <c>SubTheme.FormatKey</c> writes it.</summary>
    private static bool IsSubThemeKey(string? key)
    {
        var dash = key?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return key is not null && dash > 0
            && IsPositive(key.AsSpan(0, dash))
            && IsPositive(key.AsSpan(dash + 1));
    }

    private static bool IsPositive(ReadOnlySpan<char> digits) =>
        digits.Length is > 0 and <= 6 && digits[0] != '0'
        && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;
}
