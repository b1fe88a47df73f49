namespace PlanBot.Connector.Schema;

/// <summary>Names of invoke activities (activity.name) Teams sends.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
    public const string SigninVerifyState = "signin/verifyState";
    public const string SigninTokenExchange = "signin/tokenExchange";
    public const string FileConsent = "fileConsent/invoke";
}
