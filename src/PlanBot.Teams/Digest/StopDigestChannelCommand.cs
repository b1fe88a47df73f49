using Microsoft.Extensions.Logging;
using PlanBot.Domain.Digest;
using PlanBot.Teams.Chat;
using PlanBot.Teams.Conversations;

namespace PlanBot.Teams.Digest;

/// <summary>「ダイジェスト停止」 (admins, in a team channel): stops the digest posted to the channel it is written in.</summary>
internal sealed class StopDigestChannelCommand(
    IDigestChannelStore channels,
    ChatReplies replies,
    TimeProvider clock,
    ILogger<StopDigestChannelCommand> logger) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = ConversationRecorder.AddressOf(request.Turn.Activity, clock.GetUtcNow());
        var stopped = await channels.StopAsync(channel.ConversationId, request.Asker!.Email, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (stopped)
        {
            DigestLog.ChannelStopped(logger, channel.ConversationId);
        }

        await replies.SendTextAsync(request.Turn, stopped ? DigestChannelTexts.Stopped : DigestChannelTexts.NotChosen, cancellationToken).ConfigureAwait(false);
    }
}
