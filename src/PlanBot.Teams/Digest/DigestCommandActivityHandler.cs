using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Handlers;

namespace PlanBot.Teams.Digest;

/// <summary>
/// Puts the digest commands (<see cref="DigestChannelCommands"/>) in front of PlanBot's conversation: a typed message
/// that is one of them is handled here, everything else goes on to <see cref="PlanBotActivityHandler"/> unchanged.
/// </summary>
/// <remarks>
/// A stand-in for one line in <see cref="PlanBotActivityHandler"/>'s message branch
/// (<c>if (await digestCommands.TryHandleAsync(turn, text, ct)) return;</c>); once that line is there, drop this class
/// and its registration in <see cref="DigestServiceCollectionExtensions.AddPlanBotDigest"/>.
/// </remarks>
internal sealed class DigestCommandActivityHandler(PlanBotActivityHandler inner, DigestChannelCommands commands) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // A card's submit also arrives as a message, with a value and usually no text: it is never a typed command.
        if (turn.Activity is { Type: ActivityTypes.Message, Value: null }
            && await commands.TryHandleAsync(turn, MessageText.Of(turn.Activity), cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await inner.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
    }
}
