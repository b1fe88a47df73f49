using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Tests.Support;

/// <summary>The real plan document from seeds/, copied next to the tests.</summary>
internal static class Seed
{
    public const string FileName = "kyushu-keizai-action-plan-2024-2026.txt";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", FileName);

    public static string Text => File.ReadAllText(Path);

    public static PlanSource Source(string text) => PlanSource.FromBytes(FileName, System.Text.Encoding.UTF8.GetBytes(text));

    public static ParsedPlan Parse(string text) => new PlanDocumentParser().Parse(text);
}
