namespace PlanBot.Domain.People;

/// <summary>What a person may do: members answer for their items, managers ask about everything, admins also run PlanBot.</summary>
public enum PersonRole
{
    Member,
    Manager,
    Admin,
}
