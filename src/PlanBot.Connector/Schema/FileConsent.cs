using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>
/// Teams' way for a bot to send a file in a personal chat: a <see cref="FileConsentCard"/> asks the user; on accept Teams
/// sends a <c>fileConsent/invoke</c> whose <see cref="FileConsentCardResponse.UploadInfo"/> says where in the user's
/// OneDrive to PUT the bytes; the bot then sends a <see cref="FileInfoCard"/> pointing at the uploaded file.
/// </summary>
public static class FileConsentContentTypes
{
    public const string ConsentCard = "application/vnd.microsoft.teams.card.file.consent";

    public const string InfoCard = "application/vnd.microsoft.teams.card.file.info";
}

/// <summary>The answers a user can give a consent card (<c>value.action</c> of the invoke).</summary>
public static class FileConsentActions
{
    public const string Accept = "accept";

    public const string Decline = "decline";
}

/// <summary>
/// The consent card's content; the attachment's <c>name</c> is the file's name. The contexts come back, unread by Teams,
/// in the invoke for the answer the user gave.
/// </summary>
public sealed record FileConsentCard
{
    public string? Description { get; init; }

    public long? SizeInBytes { get; init; }

    public JsonElement? AcceptContext { get; init; }

    public JsonElement? DeclineContext { get; init; }
}

/// <summary>The <c>value</c> of a <c>fileConsent/invoke</c>: the user's answer, the card's context and, on accept, where to upload.</summary>
public sealed record FileConsentCardResponse
{
    /// <summary><see cref="FileConsentActions.Accept"/> or <see cref="FileConsentActions.Decline"/>.</summary>
    public string? Action { get; init; }

    public JsonElement? Context { get; init; }

    public FileUploadInfo? UploadInfo { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Where an accepted file goes: the upload session URL to PUT to, and the file as OneDrive will know it.</summary>
public sealed record FileUploadInfo
{
    public string? Name { get; init; }

    public string? UploadUrl { get; init; }

    public string? ContentUrl { get; init; }

    public string? UniqueId { get; init; }

    public string? FileType { get; init; }

    public string? Etag { get; init; }
}

/// <summary>The content of the file info card that shows an uploaded file in the chat (the attachment carries its name and URL).</summary>
public sealed record FileInfoCard
{
    public string? UniqueId { get; init; }

    public string? FileType { get; init; }

    public string? Etag { get; init; }
}
