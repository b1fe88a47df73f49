using System.Diagnostics;

namespace PlanBot.Export.Tests;

/// <summary>
/// A second reader besides the SDK: LibreOffice (Debian's libreoffice-calc-nogui) opens the workbook headless and prints
/// it to PDF. Skipped, saying why, where soffice is not installed.
/// </summary>
public sealed class LibreOfficeConversionTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("planbot-export-lo-");

    [SkippableFact]
    public async Task Convert_BoardPaper_PrintsEveryPageWithTheJapaneseText()
    {
        var soffice = Find("soffice");
        Skip.If(soffice is null, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui poppler-utils); the workbook is checked by the Open XML SDK's validator only.");
        var paper = SeedPaper.For(SeedPaper.Admin);
        var workbook = Path.Combine(_folder.FullName, "board.xlsx");
        await File.WriteAllBytesAsync(workbook, BoardPaperWorkbook.ToBytes(paper));

        // A profile of its own, so a LibreOffice the user has open (or another test) does not take the conversion over.
        var (exit, output) = await RunAsync(soffice!, $"-env:UserInstallation=file://{_folder.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", _folder.FullName, workbook);

        var pdf = Path.Combine(_folder.FullName, "board.pdf");
        Assert.True(exit == 0 && File.Exists(pdf), $"soffice exited {exit}: {output}");
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
        if (Find("pdftotext") is { } pdftotext)
        {
            var (_, text) = await RunAsync(pdftotext, "-layout", pdf, "-");
            Assert.Contains("進捗状況", text, StringComparison.Ordinal);
            Assert.Contains("重点戦略1.", text, StringComparison.Ordinal);
            Assert.Contains("重点戦略別の状況", text, StringComparison.Ordinal);
            Assert.Contains("提出履歴", text, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Patience);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {Patience}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
