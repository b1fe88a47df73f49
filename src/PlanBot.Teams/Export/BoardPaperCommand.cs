using Microsoft.Extensions.Logging;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Export;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Export;

/// <summary>
/// 「エクスポート」 (or 「Excelで出して」「報告書」「2026Q2の報告書」…), in the 1:1 chat: makes the quarter's board paper
/// for the asker and offers it with Teams' file consent card; <see cref="BoardPaperConsent"/> answers the user's choice.
/// The router keeps the command to the personal chat, the only place Teams offers a bot this file flow.
/// </summary>
/// <remarks>
/// Nothing is kept between the offer and the answer: the card carries only the quarter. The size on the card is the
/// offered workbook's, an estimate as Teams intends it (the paper is made again on accept).
/// </remarks>
internal sealed class BoardPaperCommand(
    BoardPaperService papers,
    BoardPaperWorkbookOptions workbookOptions,
    ChatReplies replies,
    ILogger<BoardPaperCommand> logger) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = request.Turn;
        FiscalQuarter? quarter = null;
        if (request.Argument.Length > 0)
        {
            if (!QuarterArgument.TryRead(request.Argument, out var named))
            {
                await NoticeAsync(turn, ExportTexts.BadQuarter(request.Argument), cancellationToken).ConfigureAwait(false);
                return;
            }

            quarter = named;
        }

        var outcome = request.Asker is { } asker
            ? await papers.CreateAsAsync(quarter, asker, cancellationToken).ConfigureAwait(false)
            : BoardPaperOutcome.Refused(BoardPaperRefusal.NotOnRoster);
        if (outcome.Paper is not { } paper)
        {
            ExportLog.Refused(logger, outcome.Refusal, outcome.Quarter?.ToString());
            await NoticeAsync(turn, ExportTexts.Refused(outcome), cancellationToken).ConfigureAwait(false);
            return;
        }

        var size = BoardPaperWorkbook.ToBytes(paper, workbookOptions).LongLength;
        var offer = turn.Activity.CreateReply(ExportTexts.Offer(paper)) with
        {
            Summary = ExportTexts.ConsentSummary,
            Attachments = [BoardPaperFiles.ConsentCard(paper, size)],
        };
        await replies.SendAsync(turn, offer, cancellationToken).ConfigureAwait(false);
        ExportLog.Offered(logger, paper.Quarter.ToString(), size);
    }

    private Task NoticeAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        replies.SendCardAsync(turn, NoticeCard.Build(text), text, cancellationToken);
}
