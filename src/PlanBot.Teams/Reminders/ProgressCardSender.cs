namespace PlanBot.Teams.Reminders;

/// <summary>
/// Who pressed a reminder card's button, as the activity says: the Entra object id and e-mail match them to the roster,
/// the Teams user id (29:…) lets Teams refresh the card for them, the name greets someone the roster does not know.
/// </summary>
internal sealed record ProgressCardSender(string? AadObjectId, string? Email, string? UserId, string? Name);
