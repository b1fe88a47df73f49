using Microsoft.Extensions.Options;

namespace PlanBot.Teams.Proactive;

/// <summary>Refuses to start with a poll interval or batch size that would stall or flood the outbox.</summary>
internal sealed class OutboxSenderOptionsValidator : IValidateOptions<OutboxSenderOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
