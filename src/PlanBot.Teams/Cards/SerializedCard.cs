namespace PlanBot.Teams.Cards;

/// <summary>
/// A card serialized as an activity attachment. Teams limits a bot message to 100 KB counted in UTF-16 (which is what
/// <see cref="Utf16Bytes"/> measures, for the attachment alone); <see cref="Utf8Bytes"/> is what travels on the wire.
/// </summary>
public sealed record SerializedCard(string AttachmentJson, int Utf8Bytes, int Utf16Bytes)
{
    /// <summary>Teams' limit for a whole bot message.</summary>
    public const int TeamsMessageLimitBytes = 100 * 1024;
}
