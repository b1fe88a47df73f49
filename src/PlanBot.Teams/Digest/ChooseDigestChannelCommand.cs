using Microsoft.Extensions.Logging;
using PlanBot.Domain.Digest;
using PlanBot.Teams.Chat;
using PlanBot.Teams.Conversations;

namespace PlanBot.Teams.Digest;

/// <summary>
/// 「ダイジェストをここに投稿」 (admins, in a team channel): makes the channel it is written in the team's digest channel,
/// replacing the team's previous one, and confirms in Japanese.
/// </summary>
internal sealed class ChooseDigestChannelCommand(
    IDigestChannelStore channels,
    ChatReplies replies,
    TimeProvider clock,
    ILogger<ChooseDigestChannelCommand> logger) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The same channel id the conversation recorder keeps (a thread's ";messageid=…" cut off), so proactive sends find it.
        var channel = ConversationRecorder.AddressOf(request.Turn.Activity, clock.GetUtcNow());
        if (await channels.FindAsync(channel.ConversationId, cancellationToken).ConfigureAwait(false) is { IsActive: true })
        {
            await replies.SendTextAsync(request.Turn, DigestChannelTexts.AlreadyChosen, cancellationToken).ConfigureAwait(false);
            return;
        }

        var replaced = await channels.ChooseAsync(channel.ConversationId, channel.TeamId, request.Asker!.Email, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        DigestLog.ChannelChosen(logger, channel.ConversationId, channel.TeamId, replaced);
        var confirmation = replaced is null ? DigestChannelTexts.Chosen : DigestChannelTexts.Chosen + DigestChannelTexts.Moved;
        await replies.SendTextAsync(request.Turn, confirmation, cancellationToken).ConfigureAwait(false);
    }
}
