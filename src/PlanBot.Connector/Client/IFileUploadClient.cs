namespace PlanBot.Connector.Client;

/// <summary>Uploads a file the user accepted to the upload URL Teams gave in the <c>fileConsent/invoke</c>.</summary>
public interface IFileUploadClient
{
    /// <summary>
    /// PUTs <paramref name="content"/> whole (one range) to <paramref name="uploadUrl"/>. No bot token is sent: the URL
    /// itself authorises the upload. Refused without sending when the URL is not one Teams gives (see
    /// <see cref="BotConnectorOptions.AllowedUploadHosts"/>).
    /// </summary>
    Task<ConnectorResult> UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
