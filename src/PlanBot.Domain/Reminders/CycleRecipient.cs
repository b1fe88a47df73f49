using PlanBot.Domain.People;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// An owner asked in a cycle, with the sub-themes on their card as of the cycle's opening. <see cref="Card"/> is null
/// until the first card is delivered; <see cref="FollowUpDue"/> is set when the follow-up stage chose them and
/// <see cref="FollowUpCard"/> once that follow-up is delivered.
/// </summary>
public sealed record CycleRecipient(
    Person Owner,
    IReadOnlyList<string> SubThemeKeys,
    CardDelivery? Card = null,
    bool FollowUpDue = false,
    CardDelivery? FollowUpCard = null);
