namespace PlanBot.Teams.Chat;

/// <summary>
/// Carries out one chat command (its row in <see cref="ChatCommands"/> names the handler type). The router has already
/// checked who may use it and where, so a handler only does its work and replies.
/// </summary>
public interface IChatCommandHandler
{
    Task HandleAsync(ChatCommandRequest request, CancellationToken cancellationToken);
}
