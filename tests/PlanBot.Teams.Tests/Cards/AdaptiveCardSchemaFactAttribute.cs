namespace PlanBot.Teams.Tests.Cards;

/// <summary>A fact that needs the Adaptive Card schema; skipped, with the reason, when it cannot be found or downloaded.</summary>
public sealed class AdaptiveCardSchemaFactAttribute : FactAttribute
{
    public AdaptiveCardSchemaFactAttribute()
    {
        if (AdaptiveCardSchema.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
