using System.Diagnostics;

namespace PlanBot.Tests.Support;

/// <summary>
/// A real, small file system (tmpfs) mounted in a temp folder, that a test can fill to the last byte: the disk-full
/// fault as SQLite meets it, not a simulation. Mounting needs root (as in CI); elsewhere <see cref="TryMount"/> says why not.
/// </summary>
internal sealed class TinyFileSystem : IDisposable
{
    private TinyFileSystem(string folder) => Folder = folder;

    public string Folder { get; }

    private string FillerPath => Path.Combine(Folder, "filler");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB; null, with the reason, when this machine does not allow it.</summary>
    public static TinyFileSystem? TryMount(int megabytes, out string? reason)
    {
        reason = null;
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            reason = "mounting a tmpfs needs Linux and root (CI runs as root)";
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("planbot-tinyfs-").FullName;
        var (exitCode, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        if (exitCode != 0)
        {
            Directory.Delete(folder);
            reason = $"mount -t tmpfs failed here: {output}";
            return null;
        }

        return new TinyFileSystem(folder);
    }

    /// <summary>Writes a file until the file system has no byte left.</summary>
    public void Fill()
    {
        var block = new byte[64 * 1024];
        using var filler = new FileStream(FillerPath, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // No space left on the device: full.
        }

        // Single bytes, to the very last one a block left over.
        try
        {
            while (true)
            {
                filler.WriteByte(0);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // Full to the byte.
        }
    }

    /// <summary>Gives the space back, as an operator who cleared the disk would.</summary>
    public void Free() => File.Delete(FillerPath);

    public void Dispose()
    {
        Run("umount", "-l", Folder);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A lazily unmounted folder can be busy a moment longer; it is empty and in the temp folder.
        }
    }

    private static (int ExitCode, string Output) Run(string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }
}
