using System.Text.Json.Serialization;

namespace PlanBot.Teams.Cards.Model;

/// <summary>
/// Universal Actions refresh: Teams invokes <see cref="Action"/> (as <c>adaptiveCard/action</c>, trigger "automatic") for the
/// users listed in <see cref="UserIds"/> (Teams user MRIs, "29:…", at most 60) when they view the card, so each sees its
/// current state. An empty list means refresh only on demand.
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    private readonly IReadOnlyList<string> userIds = [];

    [JsonIgnore]
    public required ExecuteAction Action { get; init; }

    /// <summary>Declared as the base type so the serializer writes the action's <c>type</c>.</summary>
    [JsonPropertyName("action")]
    public CardAction SerializedAction => Action;

    public IReadOnlyList<string> UserIds
    {
        get => userIds;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count > MaxUserIds)
            {
                throw new ArgumentException($"Teams refreshes a card for at most {MaxUserIds} users; got {value.Count}.", nameof(value));
            }

            userIds = value;
        }
    }
}
