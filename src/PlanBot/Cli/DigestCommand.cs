using System.CommandLine;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Scheduling;
using PlanBot.Teams.Digest;

namespace PlanBot.Cli;

/// <summary>
/// <c>digest [--preview]</c>: prints the current weekly digest as text, for the whole plan, with the changes of the last
/// 7 days. <c>--preview</c> only prints. Without it, the verb also enqueues this week's digest for every active digest
/// channel under the same per-channel, per-week key as the scheduled job, so the running bot posts it once (now, and
/// not again when Monday's job fires; a week already enqueued is left as it is). Each channel's posted digest shows the
/// changes since that channel's last digest, so it may differ from the printed one in that section.
/// </summary>
internal static class DigestCommand
{
    public const int InvalidInput = 2;

    public static Command Create(IServiceProvider services)
    {
        var preview = new Option<bool>("--preview") { Description = "Only print the digest; enqueue nothing." };
        var command = new Command(
            "digest",
            "Print the weekly digest (whole plan, changes of the last 7 days). Without --preview, also enqueue this week's digest for every digest channel, once per channel and week, for the running bot to post.")
        {
            preview,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetValue(preview), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool preview, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<Data.PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var configuration = services.GetRequiredService<IConfiguration>();
        var calendar = (configuration.GetSection(ReminderScheduleOptions.SectionName).Get<ReminderScheduleOptions>() ?? new()).ToBusinessCalendar();
        var digests = ActivatorUtilities.CreateInstance<WeeklyDigestService>(services, new DigestBuilder(calendar));

        var digest = await digests.BuildAsync(DigestScope.Everything, null, cancellationToken).ConfigureAwait(false);
        if (digest is null)
        {
            await console.Error.WriteLineAsync("No plan is stored yet; run 'import' first.").ConfigureAwait(false);
            return InvalidInput;
        }

        await console.Output.WriteLineAsync(preview
            ? "Weekly digest preview (whole plan, changes of the last 7 days); nothing is recorded or enqueued:"
            : "Weekly digest (whole plan, changes of the last 7 days):").ConfigureAwait(false);
        await console.Output.WriteLineAsync().ConfigureAwait(false);
        await console.Output.WriteAsync(DigestText.Render(digest)).ConfigureAwait(false);
        if (preview)
        {
            return 0;
        }

        var options = configuration.GetSection(DigestScheduleOptions.SectionName).Get<DigestScheduleOptions>() ?? new();
        var schedule = new WeeklyDigestSchedule(calendar, options.Day, options.TimeOfDay);
        await console.Output.WriteLineAsync().ConfigureAwait(false);
        if (schedule.ForWeekOf(digest.Date) is not { } slot)
        {
            await console.Output.WriteLineAsync($"This week ({digest.Date:yyyy-MM-dd}) has no digest (its post day falls past the week, e.g. the year-end break); nothing enqueued.").ConfigureAwait(false);
            return 0;
        }

        var enqueued = await digests.EnqueueWeekAsync(slot.Week, cancellationToken).ConfigureAwait(false);
        await console.Output.WriteLineAsync(
            $"Digest of the week of {slot.Week:yyyy-MM-dd}: {enqueued} new outbox entries (channels that already had this week's are left as they are); the running bot posts them.")
            .ConfigureAwait(false);
        return 0;
    }
}
