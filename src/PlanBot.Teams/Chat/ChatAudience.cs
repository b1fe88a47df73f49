namespace PlanBot.Teams.Chat;

/// <summary>Who may use a chat command.</summary>
public enum ChatAudience
{
    /// <summary>Anyone who writes to PlanBot; what they see may still depend on their place on the roster.</summary>
    Everyone,

    /// <summary>Roster admins only; anyone else is refused before the command reads anything.</summary>
    Admins,
}
