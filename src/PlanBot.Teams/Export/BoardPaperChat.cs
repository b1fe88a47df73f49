using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Export;
using PlanBot.Teams.Cards;

namespace PlanBot.Teams.Export;

/// <summary>
/// The board paper in chat, through Teams' file flow for a personal chat: 「エクスポート」 (or 「2026Q2の報告書」…) is
/// answered with a file consent card; when the user accepts, Teams sends a <c>fileConsent/invoke</c> with an upload
/// URL in their OneDrive, the workbook is PUT there and a file info card shows it. In a channel or group chat the user
/// is asked to use the personal chat, since Teams only offers this flow there.
/// </summary>
/// <remarks>
/// Nothing is kept between the offer and the answer: the card carries only the quarter, and on accept the paper is made
/// again for the user who accepted, within their scope at that moment (a roster change in between counts), so a
/// declined or forgotten card leaves no workbook behind. The size on the card is the offered workbook's, an estimate as
/// Teams intends it.
/// </remarks>
internal sealed partial class BoardPaperChat(
    BoardPaperService papers,
    BoardPaperWorkbookOptions workbookOptions,
    IFileUploadClient uploads,
    ILogger<BoardPaperChat> logger)
{
    /// <summary>Answers <paramref name="text"/> when it asks for the paper; false when it does not.</summary>
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!ExportRequest.TryRead(text, out var quarter, out var unreadable))
        {
            return false;
        }

        if (!IsPersonal(turn.Activity))
        {
            await ReplyAsync(turn, ExportTexts.PersonalChatOnly, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (unreadable is not null)
        {
            await ReplyAsync(turn, ExportTexts.BadQuarter(unreadable), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var outcome = await CreateAsync(turn, quarter, cancellationToken).ConfigureAwait(false);
        if (outcome.Paper is not { } paper)
        {
            LogRefused(logger, outcome.Refusal, outcome.Quarter?.ToString());
            await ReplyAsync(turn, ExportTexts.Refused(outcome), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var size = BoardPaperWorkbook.ToBytes(paper, workbookOptions).LongLength;
        var offer = turn.Activity.CreateReply(ExportTexts.Offer(paper)) with
        {
            Summary = ExportTexts.ConsentSummary,
            Attachments = [BoardPaperFiles.ConsentCard(paper, size)],
        };
        await turn.ReplyAsync(offer, cancellationToken).ConfigureAwait(false);
        LogOffered(logger, paper.Quarter.ToString(), size);
        return true;
    }

    /// <summary>The user's answer to the consent card: upload and show the file on accept, a polite word on decline.</summary>
    public async Task<InvokeResponse> OnFileConsentAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = BoardPaperFiles.ReadAnswer(turn.Activity.Value);
        if (answer?.Action == FileConsentActions.Decline)
        {
            LogDeclined(logger);
            await ReplyAsync(turn, ExportTexts.Declined, cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        if (answer is not { Action: FileConsentActions.Accept, UploadInfo: { } upload } || !Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var uploadUrl)
            || BoardPaperFiles.QuarterOf(answer) is not { } quarter)
        {
            LogUnreadable(logger, answer?.Action);
            await ReplyAsync(turn, ExportTexts.ConsentUnreadable, cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        var outcome = await CreateAsync(turn, quarter, cancellationToken).ConfigureAwait(false);
        if (outcome.Paper is not { } paper)
        {
            LogRefused(logger, outcome.Refusal, quarter.ToString());
            await ReplyAsync(turn, ExportTexts.Refused(outcome), cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        var bytes = BoardPaperWorkbook.ToBytes(paper, workbookOptions);
        var uploaded = await uploads.UploadAsync(uploadUrl, bytes, cancellationToken).ConfigureAwait(false);
        if (!uploaded.Succeeded)
        {
            LogUploadFailed(logger, uploaded.Error?.Kind, uploaded.Error?.Message);
            await ReplyAsync(turn, ExportTexts.UploadFailed, cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        var shown = turn.Activity.CreateReply(ExportTexts.Sent(quarter)) with
        {
            Summary = ExportTexts.ConsentSummary,
            Attachments = [BoardPaperFiles.InfoCard(upload)],
        };
        await turn.SendAsync(shown, cancellationToken).ConfigureAwait(false);
        LogSent(logger, quarter.ToString(), bytes.Length);
        return new InvokeResponse(200);
    }

    private Task<BoardPaperOutcome> CreateAsync(TurnContext turn, FiscalQuarter? quarter, CancellationToken cancellationToken) =>
        papers.CreateAsync(quarter, turn.Activity.From?.AadObjectId, turn.Activity.From?.GetEmail(), cancellationToken);

    /// <summary>Teams offers the file flow in the personal chat only.</summary>
    private static bool IsPersonal(Activity activity) => activity.Conversation?.ConversationType == "personal";

    private static Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.ReplyAsync(turn.Activity.CreateReply() with { Attachments = [CardMessage.AttachmentOf(NoticeCard.Build(text))], Summary = text }, cancellationToken);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Board paper {Quarter} offered ({Bytes} bytes)")]
    private static partial void LogOffered(ILogger logger, string quarter, long bytes);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Board paper {Quarter} uploaded and shown ({Bytes} bytes)")]
    private static partial void LogSent(ILogger logger, string quarter, int bytes);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Board paper declined; nothing uploaded")]
    private static partial void LogDeclined(ILogger logger);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Board paper refused: {Refusal} {Quarter}")]
    private static partial void LogRefused(ILogger logger, BoardPaperRefusal? refusal, string? quarter);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Board paper upload failed: {Kind} {Reason}")]
    private static partial void LogUploadFailed(ILogger logger, ConnectorErrorKind? kind, string? reason);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "File consent answer not readable (action {Action})")]
    private static partial void LogUnreadable(ILogger logger, string? action);
}
