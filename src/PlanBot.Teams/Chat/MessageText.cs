using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Connector.Schema;

namespace PlanBot.Teams.Chat;

/// <summary>What the user typed, without the bot's @mention, normalised (NFKC, trimmed) so commands match however typed.</summary>
internal static partial class MessageText
{
    public static string Of(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities?.Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id == activity.Recipient?.Id) ?? [])
        {
            if (!string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
            }
        }

        // Clients differ in how they write the mention; any <at>…</at> left is the bot's name, never a command.
        text = AtTag().Replace(text, " ");
        return Whitespace().Replace(text.Normalize(NormalizationForm.FormKC), " ").Trim();
    }

    /// <summary>
    /// The text as a whole-word command: closing punctuation people add by habit (「。」「！」) is ignored, so
    /// 「名簿確認。」 is 「名簿確認」.
    /// </summary>
    public static string? CommandOf(string? text) => text?.Trim().TrimEnd('。', '.', '!', '！').Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
