using PlanBot.Connector.Schema;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Cards;

/// <summary>How every card PlanBot sends travels: as the one Adaptive Card attachment of a message activity.</summary>
public static class CardMessage
{
    /// <summary>A message carrying <paramref name="card"/>.</summary>
    /// <param name="card">The card.</param>
    /// <param name="summary">What Teams shows for the message in the activity feed and the chat list.</param>
    /// <param name="text">Text shown above the card; null for none.</param>
    public static Activity Of(AdaptiveCard card, string? summary, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Text = text,
        Attachments = [AttachmentOf(card)],
    };

    /// <summary>The card as an activity attachment.</summary>
    public static Attachment AttachmentOf(AdaptiveCard card) =>
        new() { ContentType = Attachment.AdaptiveCardContentType, Content = AdaptiveCardSerializer.ToElement(card) };
}
