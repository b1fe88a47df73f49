using PlanBot.Domain.People;

namespace PlanBot.Data.Rows;

/// <summary>A person on the roster. <see cref="Ordinal"/> keeps the file's order; the email is unique without regard to case.</summary>
public sealed class PersonRow
{
    public int Id { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public string? AadObjectId { get; set; }

    public string? Department { get; set; }

    public PersonRole Role { get; set; }
}
