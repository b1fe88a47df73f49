namespace PlanBot.Teams.Tests.Cards;

/// <summary>A theory that needs the Adaptive Card schema; skipped, with the reason, when it cannot be found or downloaded.</summary>
public sealed class AdaptiveCardSchemaTheoryAttribute : TheoryAttribute
{
    public AdaptiveCardSchemaTheoryAttribute()
    {
        if (AdaptiveCardSchema.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
