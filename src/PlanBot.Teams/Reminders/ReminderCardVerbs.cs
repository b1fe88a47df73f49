namespace PlanBot.Teams.Reminders;

/// <summary>The verbs of PlanBot's Action.Execute buttons, which the <c>adaptiveCard/action</c> handler routes on.</summary>
public static class ReminderCardVerbs
{
    /// <summary>The reminder card's submit button: record the progress entered for every item.</summary>
    public const string SubmitProgress = "progress.submit";

    /// <summary>The reminder card's refresh: answer with the card's current state (open, recorded or closed).</summary>
    public const string RefreshProgress = "progress.refresh";
}
