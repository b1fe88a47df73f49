using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Teams.Conversations;
using PlanBot.Teams.Handlers;

namespace PlanBot.Teams.Digest;

/// <summary>
/// The digest's chat commands, on the message text with the bot's @mention stripped: 「ダイジェストをここに投稿」 makes
/// the team channel it is written in the team's digest channel and 「ダイジェスト停止」 stops it (roster admins only, in
/// a team channel; both confirm in Japanese), and 「ダイジェスト」 shows the digest now to whoever asks, in any chat,
/// scoped to what they may see.
/// </summary>
public sealed class DigestChannelCommands(
    IRosterStore roster,
    IDigestChannelStore channels,
    WeeklyDigestService digests,
    TimeProvider clock,
    ILogger<DigestChannelCommands> logger)
{
    public const string ChooseCommand = "ダイジェストをここに投稿";

    public const string StopCommand = "ダイジェスト停止";

    public const string ShowCommand = "ダイジェスト";

    /// <summary>Handles the text when it is one of the digest commands.</summary>
    /// <param name="text">The message text without the bot's @mention, as the message handler reads it.</param>
    /// <returns>False when the text is no digest command (nothing was sent).</returns>
    public async Task<bool> TryHandleAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (MessageText.CommandOf(text))
        {
            case ChooseCommand:
                await ChooseAsync(turn, cancellationToken).ConfigureAwait(false);
                return true;
            case StopCommand:
                await StopAsync(turn, cancellationToken).ConfigureAwait(false);
                return true;
            case ShowCommand:
                await ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task ChooseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AdminInChannelAsync(turn, ChooseCommand, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var (admin, channel) = found;

        if (await channels.FindAsync(channel.ConversationId, cancellationToken).ConfigureAwait(false) is { IsActive: true })
        {
            await ReplyAsync(turn, ChooseCommand, DigestChannelTexts.AlreadyChosen, cancellationToken).ConfigureAwait(false);
            return;
        }

        var replaced = await channels.ChooseAsync(channel.ConversationId, channel.TeamId, admin.Email, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        DigestLog.ChannelChosen(logger, channel.ConversationId, channel.TeamId, replaced);
        var confirmation = replaced is null ? DigestChannelTexts.Chosen : DigestChannelTexts.Chosen + DigestChannelTexts.Moved;
        await ReplyAsync(turn, ChooseCommand, confirmation, cancellationToken).ConfigureAwait(false);
    }

    private async Task StopAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AdminInChannelAsync(turn, StopCommand, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var (admin, channel) = found;

        var stopped = await channels.StopAsync(channel.ConversationId, admin.Email, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (stopped)
        {
            DigestLog.ChannelStopped(logger, channel.ConversationId);
        }

        await ReplyAsync(turn, StopCommand, stopped ? DigestChannelTexts.Stopped : DigestChannelTexts.NotChosen, cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var asker = await AskerAsync(turn, cancellationToken).ConfigureAwait(false);
        if (asker is null)
        {
            DigestLog.CommandRefused(logger, ShowCommand, "not on the roster");
            await ReplyAsync(turn, ShowCommand, DigestChannelTexts.NotOnRoster, cancellationToken).ConfigureAwait(false);
            return;
        }

        var digest = await digests.BuildAsync(DigestScope.ForAsker(asker), null, cancellationToken).ConfigureAwait(false);
        if (digest is null)
        {
            await ReplyAsync(turn, ShowCommand, DigestChannelTexts.NoPlan, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = WeeklyDigestService.Message(digest);
        var reply = turn.Activity.CreateReply(message.Text) with
        {
            TextFormat = message.TextFormat,
            Summary = message.Summary,
            Attachments = message.Attachments,
        };
        ReportFailure(await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false), ShowCommand);
    }

    /// <summary>The admin and the team channel for a channel command; null after telling the user why not.</summary>
    private async Task<(Person Admin, ConversationAddress Channel)?> AdminInChannelAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        // The same channel id the conversation recorder keeps (a thread's ";messageid=…" cut off), so proactive sends find it.
        var address = ConversationRecorder.AddressOf(turn.Activity, clock.GetUtcNow());
        var asker = await AskerAsync(turn, cancellationToken).ConfigureAwait(false);
        var (refusal, reason) = asker switch
        {
            null => (DigestChannelTexts.NotOnRoster, "not on the roster"),
            { Role: not PersonRole.Admin } => (DigestChannelTexts.AdminsOnly, "not an admin"),
            _ when address.Kind != ConversationKind.Channel => (DigestChannelTexts.ChannelOnly, "not in a team channel"),
            _ => ((string?)null, (string?)null),
        };
        if (refusal is not null)
        {
            DigestLog.CommandRefused(logger, command, reason!);
            await ReplyAsync(turn, command, refusal, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return (asker!, address);
    }

    private async Task<Person?> AskerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var from = turn.Activity.From;
        return stored.People.Match(from?.AadObjectId, from?.GetEmail());
    }

    private async Task ReplyAsync(TurnContext turn, string command, string text, CancellationToken cancellationToken) =>
        ReportFailure(await turn.ReplyAsync(text, cancellationToken).ConfigureAwait(false), command);

    private void ReportFailure(ConnectorResult result, string command)
    {
        // The client has retried what can be retried; what is left is logged, not swallowed.
        if (result.Error is { } error)
        {
            DigestLog.ReplyFailed(logger, command, error.Kind, error.Code);
        }
    }

}
