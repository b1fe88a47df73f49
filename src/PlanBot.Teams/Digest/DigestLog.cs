using Microsoft.Extensions.Logging;

namespace PlanBot.Teams.Digest;

internal static partial class DigestLog
{
    [LoggerMessage(EventId = 3400, Level = LogLevel.Information, Message = "Digest channel {ChannelId} of team {TeamId} chosen (replacing {ReplacedChannelId})")]
    public static partial void ChannelChosen(ILogger logger, string channelId, string? teamId, string? replacedChannelId);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "Digest channel {ChannelId} stopped")]
    public static partial void ChannelStopped(ILogger logger, string channelId);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Information, Message = "Weekly digest of the week of {Week:yyyy-MM-dd}: {Enqueued} enqueued, {AlreadyThere} already enqueued, {Skipped} channels unreachable")]
    public static partial void WeekEnqueued(ILogger logger, DateOnly week, int enqueued, int alreadyThere, int skipped);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Warning, Message = "Digest for {ChannelId} not built: {Reason}")]
    public static partial void NothingToPost(ILogger logger, string channelId, string reason);

    [LoggerMessage(EventId = 3405, Level = LogLevel.Warning, Message = "Weekly digest of the week of {Week:yyyy-MM-dd}: no plan stored, nothing enqueued")]
    public static partial void NoPlan(ILogger logger, DateOnly week);
}
