namespace PlanBot.Domain.Digest;

/// <summary>Why a KGI is listed as at risk, most serious first.</summary>
public enum KgiRiskReason
{
    /// <summary>Its sub-theme's latest status this fiscal year is 遅延.</summary>
    Delayed,

    /// <summary>Its sub-theme's latest status this fiscal year is 要注意.</summary>
    AtRisk,

    /// <summary>Its progress is below the year's elapsed share minus <see cref="DigestLimits.PaceMarginPercent"/>.</summary>
    BehindPace,
}
