using Microsoft.Extensions.Options;
using PlanBot.Domain.Calendar;

namespace PlanBot.Scheduling;

/// <summary>Refuses to start on business-day counts the domain rejects or on a year-end break it cannot read.</summary>
internal sealed class ReminderScheduleOptionsValidator : IValidateOptions<ReminderScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderScheduleOptions options)
    {
        var errors = options.ToSettings().Validate()
            .Select(error => $"{ReminderScheduleOptions.SectionName}: {error}")
            .ToList();
        if (!YearEndBreak.TryParse(options.YearEndBreak, out _))
        {
            errors.Add($"{ReminderScheduleOptions.SectionName}:{nameof(ReminderScheduleOptions.YearEndBreak)} must read like 12/29-1/3, not '{options.YearEndBreak}'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
