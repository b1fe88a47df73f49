using PlanBot.Cli;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

/// <summary>The <c>import</c> verb run in-process, as <c>dotnet run --project src/PlanBot -- import</c> runs it, against a temp store.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempPlanStore store = new();

    [Fact]
    public async Task Import_NoFile_ImportsTheSeedAndPrintsCountsAndTheReport()
    {
        var (exitCode, output, error) = await RunAsync("import");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains($"Imported {SeedFile.Path} into {store.DatabasePath}", output, StringComparison.Ordinal);
        Assert.Contains("Strategies:  11\n", output, StringComparison.Ordinal);
        Assert.Contains("Initiatives: 22\n", output, StringComparison.Ordinal);
        Assert.Matches(@"Sub-themes:  \d+\n", output);
        Assert.Matches(@"  FY2024 1Q +\d+\n", output);
        Assert.Matches(@"  FY2026 KGI +\d+\n", output);
        Assert.Contains("line 16, cell 0: initiative 5 opens page 2 without a 重点戦略 heading", output, StringComparison.Ordinal);
        Assert.Contains("Changes: first import", output, StringComparison.Ordinal);
        var (plan, runs) = await store.ReadAsync();
        Assert.Equal(11, plan!.Strategies.Count);
        Assert.Equal(22, plan.Initiatives.Count());
        Assert.Equal(runs.Single().Report.Count, CountReportLines(output));
    }

    [Fact]
    public async Task Import_SameFileAgain_SaysNothingChanged()
    {
        await RunAsync("import", SeedFile.Path);

        var (exitCode, output, _) = await RunAsync("import", SeedFile.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Changes: none, the store already held this plan.", output, StringComparison.Ordinal);
        Assert.Equal(2, (await store.ReadAsync()).Runs.Count);
    }

    [Fact]
    public async Task Import_RewordedFile_ListsTheChanges()
    {
        await RunAsync("import");
        var edited = Path.Combine(store.Folder, "edited.txt");
        await File.WriteAllTextAsync(edited, SeedFile.Text.Replace("■戦略会議への報告(6月)", "■戦略会議への報告(7月)", StringComparison.Ordinal));

        var (exitCode, output, _) = await RunAsync("import", edited);

        Assert.Equal(0, exitCode);
        Assert.Contains("Changes (1):\n  updated cell 1-1 2024Q1: 2 items -> 2 items\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenFile_PrintsTheLocatedErrorAndLeavesTheStoreUntouched()
    {
        await RunAsync("import");
        var before = await store.ReadAsync();
        var broken = Path.Combine(store.Folder, "broken.txt");
        await File.WriteAllTextAsync(broken, SeedFile.Text.Replace("\n3\t", "\nX3\t", StringComparison.Ordinal));

        var (exitCode, output, error) = await RunAsync("import", broken);

        Assert.Equal(ImportCommand.InvalidPlan, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"{broken}: line 11, cell 0: ", error, StringComparison.Ordinal);
        Assert.Contains("'X3'", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported; the plan store is unchanged.", error, StringComparison.Ordinal);
        var after = await store.ReadAsync();
        Assert.Single(after.Runs);
        Assert.Equal(before.Runs.Single().Id, after.Runs.Single().Id);
        Assert.Equal(before.Plan!.SubThemes.Select(s => s.Key), after.Plan!.SubThemes.Select(s => s.Key));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "the byte 0xFF is not UTF-8")]
    [InlineData(new byte[] { 0xE3, 0x81 }, "the byte 0xE3 is not UTF-8")]
    [InlineData(new byte[] { 0x00, 0x00 }, "a NUL byte")]
    [InlineData(new byte[] { 0x1B }, "a control character (U+001B)")]
    public async Task Import_FileThatIsNotText_ExitsWith2AtTheByteOffsetAndStoresNothing(byte[] spliced, string reason)
    {
        var seed = System.Text.Encoding.UTF8.GetBytes(SeedFile.Text);
        var at = System.Text.Encoding.UTF8.GetByteCount(SeedFile.Text[..SeedFile.Text.IndexOf("■戦略会議への報告", StringComparison.Ordinal)]);
        var bad = Path.Combine(store.Folder, "bad.txt");
        await File.WriteAllBytesAsync(bad, [.. seed[..at], .. spliced, .. seed[at..]]);

        var (exitCode, output, error) = await RunAsync("import", bad);

        Assert.Equal(ImportCommand.InvalidPlan, exitCode);
        Assert.Equal("", output);
        var line = SeedFile.Text[..SeedFile.Text.IndexOf("■戦略会議への報告", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"{bad}: line {line}: byte offset {at}: {reason}", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported; the plan store is unchanged.", error, StringComparison.Ordinal);
        Assert.Null((await store.ReadAsync()).Plan);
    }

    [Fact]
    public async Task Import_Utf16WithBom_IsReadLikeUtf8()
    {
        var file = Path.Combine(store.Folder, "unicode.txt");
        await File.WriteAllTextAsync(file, SeedFile.Text, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var (exitCode, _, error) = await RunAsync("import", file);

        Assert.True(exitCode == 0, error);
        Assert.Equal(22, (await store.ReadAsync()).Plan!.Initiatives.Count());
    }

    [Fact]
    public async Task Import_MissingFile_SaysItCannotReadIt()
    {
        var missing = Path.Combine(store.Folder, "missing.txt");

        var (exitCode, output, error) = await RunAsync("import", missing);

        Assert.Equal(ImportCommand.UnreadableFile, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"Cannot read {missing}: ", error, StringComparison.Ordinal);
        Assert.Null((await store.ReadAsync()).Plan);
    }

    public void Dispose() => store.Dispose();

    private static int CountReportLines(string output) =>
        output.Split('\n').SkipWhile(l => !l.StartsWith("Import report", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("  line ", StringComparison.Ordinal)).Count();

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => store.Configure(b.Configuration));
        return (exitCode, output.ToString(), StoreBanner.Strip(error.ToString(), store));
    }
}
