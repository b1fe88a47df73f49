using System.Globalization;
using System.Text.Json;
using PlanBot.Teams.Cards;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// What a reminder card sends back, read from the merged data and inputs: <c>value.action.data</c> of an
/// <c>adaptiveCard/action</c> invoke, or the message <c>value</c> of the Action.Submit fallback. Values are kept raw;
/// deciding whether they are acceptable is the caller's job.
/// </summary>
public sealed record ProgressCardSubmission(string Verb, string CycleId, string CardId, IReadOnlyList<ProgressEntry> Entries)
{
    /// <summary>
    /// False when <paramref name="data"/> is not an object or lacks the card's cycle and card ids (not a reminder card's
    /// submission). Entries come in first-seen order of their sub-theme keys; ids that are not input ids are ignored.
    /// </summary>
    public static bool TryParse(JsonElement data, out ProgressCardSubmission submission)
    {
        submission = null!;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        string? verb = null, cycleId = null, cardId = null;
        var order = new List<string>();
        var fields = new Dictionary<string, Dictionary<ProgressInputField, string?>>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            switch (property.Name)
            {
                case CardDataKeys.Verb:
                    verb = AsText(property.Value);
                    break;
                case ReminderCardDataKeys.CycleId:
                    cycleId = AsText(property.Value);
                    break;
                case ReminderCardDataKeys.CardId:
                    cardId = AsText(property.Value);
                    break;
                default:
                    if (ProgressInputIds.TryParse(property.Name, out var field, out var key))
                    {
                        if (!fields.TryGetValue(key, out var values))
                        {
                            values = [];
                            fields.Add(key, values);
                            order.Add(key);
                        }

                        values[field] = AsText(property.Value);
                    }

                    break;
            }
        }

        if (string.IsNullOrEmpty(cycleId) || string.IsNullOrEmpty(cardId))
        {
            return false;
        }

        var entries = order
            .Select(key => new ProgressEntry(
                key,
                fields[key].GetValueOrDefault(ProgressInputField.Status),
                fields[key].GetValueOrDefault(ProgressInputField.Percent),
                fields[key].GetValueOrDefault(ProgressInputField.Comment)))
            .ToList();
        submission = new ProgressCardSubmission(verb ?? ReminderCardVerbs.SubmitProgress, cycleId, cardId, entries);
        return true;
    }

    /// <summary>Teams sends input values as strings, but a number may arrive as a JSON number; both are kept as text.</summary>
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
