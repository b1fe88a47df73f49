namespace PlanBot.Teams.Reminders;

/// <summary>
/// Keys of the hidden data a reminder card's buttons carry, beside <see cref="Cards.CardDataKeys.Verb"/>. They must not
/// collide with input ids (which contain a colon, e.g. "status:5-2").
/// </summary>
public static class ReminderCardDataKeys
{
    /// <summary>The card's quarter ("2026Q3").</summary>
    public const string CycleId = "cycleId";

    /// <summary>The key of the outbox message that sent the card.</summary>
    public const string CardId = "cardId";
}
