using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// Everything a reminder card shows, as plain values. The card's state follows from it: closed when
/// <see cref="IsClosed"/>, recorded (still editable) when <see cref="Record"/> is set, otherwise open.
/// </summary>
/// <param name="PersonName">The owner the card is for, as the roster names them.</param>
/// <param name="Quarter">The fiscal quarter of the reminder cycle.</param>
/// <param name="Deadline">The last day answers are accepted (JST).</param>
/// <param name="CycleId">The reminder cycle, sent back with every submission.</param>
/// <param name="CardId">This card (one per owner and cycle), sent back with every submission.</param>
/// <param name="Items">The owner's sub-themes, in plan order.</param>
public sealed record ReminderCardModel(
    string PersonName,
    FiscalQuarter Quarter,
    DateOnly Deadline,
    string CycleId,
    string CardId,
    IReadOnlyList<ReminderCardItem> Items)
{
    /// <summary>The last submission from this card; set once the owner has answered.</summary>
    public ReminderCardRecord? Record { get; init; }

    /// <summary>After the cycle closes the card only shows what was recorded.</summary>
    public bool IsClosed { get; init; }

    /// <summary>
    /// The owner's Teams user id (MRI, "29:…"). When set, Teams refreshes the card for them each time they view it, so a
    /// card answered on another device, or a closed cycle, shows its current state.
    /// </summary>
    public string? RefreshUserId { get; init; }

    /// <summary>Which of the owner's cards this is, when <see cref="ReminderCard.Partition"/> split their items.</summary>
    public ReminderCardPart? Part { get; init; }

    /// <summary>What the user entered in a rejected submission, shown back in the inputs so nothing is lost.</summary>
    public IReadOnlyList<ProgressEntry> Entries { get; init; } = [];

    /// <summary>
    /// Why the submission was rejected: shown beside the inputs of the item concerned, or above the items when the error
    /// is the whole card's or names an item the card does not carry.
    /// </summary>
    public IReadOnlyList<AnswerError> Errors { get; init; } = [];

    /// <summary>What the user must know about the whole card (not on the roster, the cycle is unknown), shown above the items.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
