namespace PlanBot.Connector.Schema;

/// <summary>channelData.notification: alert = true raises an activity-feed notification.</summary>
public sealed record TeamsNotification
{
    public bool? Alert { get; init; }

    public bool? AlertInMeeting { get; init; }
}
