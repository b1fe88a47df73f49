using PlanBot.Domain.Digest;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Digest;

/// <summary>「ダイジェスト」: the digest now, to whoever asks on the roster, in any chat, scoped to what they may see.</summary>
internal sealed class DigestShowCommand(WeeklyDigestService digests, ChatReplies replies) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = request.Turn;
        if (request.Asker is not { } asker)
        {
            await replies.SendTextAsync(turn, ChatTexts.NotOnRoster, cancellationToken).ConfigureAwait(false);
            return;
        }

        var digest = await digests.BuildAsync(DigestScope.ForAsker(asker), null, cancellationToken).ConfigureAwait(false);
        if (digest is null)
        {
            await replies.SendTextAsync(turn, ChatTexts.NoPlan, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = WeeklyDigestService.Message(digest);
        var reply = turn.Activity.CreateReply(message.Text) with
        {
            TextFormat = message.TextFormat,
            Summary = message.Summary,
            Attachments = message.Attachments,
        };
        await replies.SendAsync(turn, reply, cancellationToken).ConfigureAwait(false);
    }
}
