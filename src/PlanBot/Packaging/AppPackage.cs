namespace PlanBot.Packaging;

/// <summary>A written Teams app package: where it is, what was filled in, and the zip's entries (all at its root).</summary>
public sealed record AppPackage(string OutputFile, string AppId, string Domain, IReadOnlyList<string> Entries);
