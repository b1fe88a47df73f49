using System.Text.Json;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;

namespace PlanBot.Teams.Export;

/// <summary>The attachments of Teams' file flow for the board paper: the consent card that offers it, the info card that shows it.</summary>
internal static class BoardPaperFiles
{
    /// <summary>The key of the quarter in the consent card's contexts, which Teams hands back with the user's answer.</summary>
    public const string QuarterKey = "quarter";

    /// <summary>The consent card: the file's name and size and what it is; the quarter rides in the contexts so the paper can be made again on accept.</summary>
    public static Attachment ConsentCard(BoardPaper paper, long sizeInBytes)
    {
        var context = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [QuarterKey] = paper.Quarter.ToString() });
        var card = new FileConsentCard
        {
            Description = ExportTexts.Description(paper),
            SizeInBytes = sizeInBytes,
            AcceptContext = context,
            DeclineContext = context,
        };
        return new Attachment
        {
            ContentType = FileConsentContentTypes.ConsentCard,
            Name = paper.FileName,
            Content = JsonSerializer.SerializeToElement(card, ConnectorJsonContext.Default.FileConsentCard),
        };
    }

    /// <summary>The card that shows the uploaded file in the chat, from where Teams said it went.</summary>
    public static Attachment InfoCard(FileUploadInfo upload) => new()
    {
        ContentType = FileConsentContentTypes.InfoCard,
        Name = upload.Name,
        ContentUrl = upload.ContentUrl,
        Content = JsonSerializer.SerializeToElement(
            new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType ?? "xlsx" },
            ConnectorJsonContext.Default.FileInfoCard),
    };

    /// <summary>The user's answer to the consent card, or null when the invoke's value is not one.</summary>
    public static FileConsentCardResponse? ReadAnswer(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }

        try
        {
            return v.Deserialize(ConnectorJsonContext.Default.FileConsentCardResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The quarter the card offered, from the context Teams returned; null when it is missing or not one.</summary>
    public static FiscalQuarter? QuarterOf(FileConsentCardResponse answer) =>
        answer.Context is { ValueKind: JsonValueKind.Object } context
        && context.TryGetProperty(QuarterKey, out var quarter) && quarter.ValueKind == JsonValueKind.String
        && FiscalQuarter.TryParse(quarter.GetString(), out var parsed)
            ? parsed
            : null;
}
