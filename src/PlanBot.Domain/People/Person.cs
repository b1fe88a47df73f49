namespace PlanBot.Domain.People;

/// <summary>
/// A person on the roster. <see cref="Email"/> (the UPN) identifies them; <see cref="AadObjectId"/> (Entra object id)
/// matches them to a Teams user when known. <see cref="Department"/> is a 担当部署 name as the plan writes it.
/// </summary>
public sealed record Person(string Name, string Email, string? AadObjectId, string? Department, PersonRole Role);
