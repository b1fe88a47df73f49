using System.Diagnostics;

namespace PlanBot.Tests.Support;

/// <summary>
/// A small tmpfs mounted for one test, so a full disk is a real full disk (ENOSPC from the kernel, SQLITE_FULL from
/// SQLite). Mounting needs root (CAP_SYS_ADMIN); where that is refused, <see cref="Problem"/> says why and the test skips.
/// </summary>
internal sealed class TinyVolume : IDisposable
{
    private TinyVolume(string path, string? problem)
    {
        Path = path;
        Problem = problem;
    }

    public string Path { get; }

    /// <summary>Why no volume could be mounted; null when it is mounted.</summary>
    public string? Problem { get; }

    public static TinyVolume Mount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("planbot-volume-").FullName;
        var (exitCode, error) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        return new TinyVolume(path, exitCode == 0 ? null : $"A tmpfs cannot be mounted here (mount needs root): {error.Trim()}");
    }

    /// <summary>Writes a file until the volume has no space left; deleting it gives the space back.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        foreach (var size in new[] { 1 << 20, 1 << 12, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    stream.Write(chunk);
                    stream.Flush();
                }
            }
            catch (IOException)
            {
                // This chunk size no longer fits; a smaller one fills what is left.
            }
        }

        return filler;
    }

    public void Dispose()
    {
        if (Problem is null)
        {
            Run("umount", "-l", Path);
        }

        Directory.Delete(Path, recursive: true);
    }

    private static (int ExitCode, string Error) Run(string file, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
