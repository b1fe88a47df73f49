namespace PlanBot;

internal static partial class HostLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Plan store is empty: importing the seed plan {SeedPath}")]
    public static partial void ImportingSeed(ILogger logger, string seedPath);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Seed plan {SeedPath} imported: {Strategies} strategies, {Initiatives} initiatives, {SubThemes} sub-themes, {Items} items, {Decisions} import decisions")]
    public static partial void SeedImported(ILogger logger, string seedPath, int strategies, int initiatives, int subThemes, int items, int decisions);
}
