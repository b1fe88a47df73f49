using PlanBot.Domain.Calendar;

namespace PlanBot.Teams.Reminders;

/// <summary>Which reminder card to draw: whose, which card of theirs, and which sub-themes it carries.</summary>
/// <param name="Quarter">The cycle's quarter.</param>
/// <param name="CardId">The card's id, sent back with every submission (its outbox key, "2026Q3:reminder:alice@example.com:1").</param>
/// <param name="PersonName">Whom the card greets.</param>
/// <param name="SubThemeKeys">The card's sub-themes; drawn in plan order, and those the plan no longer has are left out.</param>
public sealed record ReminderCardRequest(FiscalQuarter Quarter, string CardId, string PersonName, IReadOnlyList<string> SubThemeKeys)
{
    /// <summary>Which of the owner's cards this is, when their items did not fit on one.</summary>
    public ReminderCardPart? Part { get; init; }

    /// <summary>The owner's Teams id, so Teams refreshes the card for them; null when unknown.</summary>
    public string? RefreshUserId { get; init; }
}
