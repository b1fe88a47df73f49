namespace PlanBot.Domain.People;

/// <summary>How a person's department reads in Japanese where they are listed.</summary>
public static class DepartmentLabels
{
    /// <summary>Shown for a person the roster gives no department (an admin, say), wherever people are listed by department.</summary>
    public const string None = "（部署未設定）";
}
