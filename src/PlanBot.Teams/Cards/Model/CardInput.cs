namespace PlanBot.Teams.Cards.Model;

/// <summary>
/// An input. Its <see cref="CardElement.Id"/> is required and is the key of its value in what the client sends back.
/// <see cref="ErrorMessage"/> is shown by the client when its own validation (required, min/max) fails.
/// </summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
