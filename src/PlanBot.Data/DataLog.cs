using Microsoft.Extensions.Logging;

namespace PlanBot.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Plan store {PlanStore}: applying migrations")]
    public static partial void MigratingPlanStore(ILogger logger, string planStore);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Plan store schema up to date ({AppliedCount} migrations applied)")]
    public static partial void MigratedPlanStore(ILogger logger, int appliedCount);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information,
        Message = "Imported plan from {SourceName} (sha256 {Sha256}) as run {ImportRunId}: {Strategies} strategies, {Initiatives} initiatives, {SubThemes} sub-themes, {Items} items, {Changes} changes")]
    public static partial void PlanImported(ILogger logger, string sourceName, string sha256, long importRunId, int strategies, int initiatives, int subThemes, int items, int changes);
}
