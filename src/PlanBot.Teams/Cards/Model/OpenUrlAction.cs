namespace PlanBot.Teams.Cards.Model;

/// <summary>Action.OpenUrl: opens a link.</summary>
public sealed record OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }
}
