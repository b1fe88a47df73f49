using Microsoft.Extensions.Options;

namespace PlanBot.Data;

/// <summary>Checked at start: a provider PlanBot knows, a connection string that suits it, a positive busy timeout.</summary>
internal sealed class PlanStoreOptionsValidator : IValidateOptions<PlanStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, PlanStoreOptions options)
    {
        var problems = new List<string>();
        if (options.Problem() is { } problem)
        {
            problems.Add(problem);
        }

        if (options.BusyTimeout <= TimeSpan.Zero)
        {
            problems.Add("PlanStore:BusyTimeout must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
