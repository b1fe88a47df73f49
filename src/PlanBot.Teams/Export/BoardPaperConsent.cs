using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Export;
using PlanBot.Export;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Export;

/// <summary>
/// The user's answer to the board paper's file consent card (a <c>fileConsent/invoke</c>): on accept Teams gives an
/// upload URL in their OneDrive, the workbook is PUT there and a file info card shows it; on decline a polite word and
/// nothing uploaded.
/// </summary>
/// <remarks>
/// On accept the paper is made again for the user who accepted, within their scope at that moment (a roster change in
/// between counts), so a declined or forgotten card leaves no workbook behind.
/// </remarks>
internal sealed class BoardPaperConsent(
    BoardPaperService papers,
    BoardPaperWorkbookOptions workbookOptions,
    IFileUploadClient uploads,
    ChatReplies replies,
    ILogger<BoardPaperConsent> logger)
{
    public async Task<InvokeResponse> AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = BoardPaperFiles.ReadAnswer(turn.Activity.Value);
        if (answer?.Action == FileConsentActions.Decline)
        {
            ExportLog.Declined(logger);
            return await NoticeAsync(turn, ExportTexts.Declined, cancellationToken).ConfigureAwait(false);
        }

        if (answer is not { Action: FileConsentActions.Accept, UploadInfo: { } upload } || !Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var uploadUrl)
            || BoardPaperFiles.QuarterOf(answer) is not { } quarter)
        {
            ExportLog.ConsentUnreadable(logger, answer?.Action);
            return await NoticeAsync(turn, ExportTexts.ConsentUnreadable, cancellationToken).ConfigureAwait(false);
        }

        var from = turn.Activity.From;
        var outcome = await papers.CreateAsync(quarter, from?.AadObjectId, from?.GetEmail(), cancellationToken).ConfigureAwait(false);
        if (outcome.Paper is not { } paper)
        {
            ExportLog.Refused(logger, outcome.Refusal, quarter.ToString());
            return await NoticeAsync(turn, ExportTexts.Refused(outcome), cancellationToken).ConfigureAwait(false);
        }

        var bytes = BoardPaperWorkbook.ToBytes(paper, workbookOptions);
        var uploaded = await uploads.UploadAsync(uploadUrl, bytes, cancellationToken).ConfigureAwait(false);
        if (!uploaded.Succeeded)
        {
            ExportLog.UploadFailed(logger, uploaded.Error?.Kind, uploaded.Error?.Message);
            return await NoticeAsync(turn, ExportTexts.UploadFailed, cancellationToken).ConfigureAwait(false);
        }

        var shown = turn.Activity.CreateReply(ExportTexts.Sent(quarter)) with
        {
            Summary = ExportTexts.ConsentSummary,
            Attachments = [BoardPaperFiles.InfoCard(upload)],
        };
        await replies.SendAsync(turn, shown, cancellationToken).ConfigureAwait(false);
        ExportLog.Sent(logger, quarter.ToString(), bytes.Length);
        return new InvokeResponse(200);
    }

    /// <summary>A one-line answer as a notice card; the invoke itself is answered 200 whatever the answer said.</summary>
    private async Task<InvokeResponse> NoticeAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        await replies.SendCardAsync(turn, NoticeCard.Build(text), text, cancellationToken).ConfigureAwait(false);
        return new InvokeResponse(200);
    }
}
