namespace PlanBot.Connector.Schema;

/// <summary>Values of activity.action on an installationUpdate.</summary>
public static class InstallationActions
{
    public const string Add = "add";
    public const string Remove = "remove";
    public const string AddUpgrade = "add-upgrade";
    public const string RemoveUpgrade = "remove-upgrade";
}
