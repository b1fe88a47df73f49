using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PlanBot.Data;

/// <summary>
/// One PlanBot host per SQLite file: the host holds an exclusive lock on <c>&lt;file&gt;.lock</c> for as long as it runs,
/// and a second host on the same file refuses to start and says why, instead of running a second scheduler and outbox
/// sender. The operating system drops the lock when the holder exits in any way (a crash or SIGKILL included), so there
/// is never a stale lock to clean up. PostgreSQL needs none: its instances cooperate (clustered scheduler, sender lease).
/// The CLI verbs take no lock (they run beside the host), except the ones that must not: <c>restore</c> and
/// <c>migrate-store</c> refuse while a host holds it (<see cref="IsHeld"/>).
/// </summary>
public sealed class SqliteHostLock(IOptions<PlanStoreOptions> options, TimeProvider clock) : IHostedService, IDisposable
{
    private FileStream? _held;

    /// <summary>The lock file beside a SQLite store.</summary>
    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>True while a host holds the store's lock.</summary>
    public static bool IsHeld(string databasePath)
    {
        var path = PathFor(databasePath);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Provider != PlanStoreProvider.Sqlite || settings.DatabasePath is not { } database)
        {
            return Task.CompletedTask;
        }

        var path = PathFor(database);
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Linux and a sharing lock on Windows.
            _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            var refusal = new PlanStoreInUseException(
                $"The plan store {database} is already in use by another PlanBot host (it holds {path}; `cat` that file to see which process). "
                + "A SQLite store serves one host at a time: stop the other host first, or move to PostgreSQL (PlanStore:Provider=PostgreSql, "
                + "see docs/deploy.md) to run several instances.",
                e);
            // Said once, by the host's entry point (stderr, exit code PlanStoreInUseException.ExitCode), not also logged here.
            throw refusal;
        }

        // Who holds it, for whoever looks (the file is only read by people: the lock itself is what counts).
        var owner = string.Create(CultureInfo.InvariantCulture, $"PlanBot host, process {Environment.ProcessId} on {Environment.MachineName}, since {clock.GetUtcNow():O}\n");
        _held.SetLength(0);
        _held.Write(System.Text.Encoding.UTF8.GetBytes(owner));
        _held.Flush();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
