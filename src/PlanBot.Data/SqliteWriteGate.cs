using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data;

/// <summary>
/// Lets one busy write path of this process into SQLite at a time. SQLite has one writer per file, and PlanBot is the
/// only host on its file (<see cref="SqliteHostLock"/>): without the gate, fifty owners answering at once meet in
/// <c>BEGIN IMMEDIATE</c>, where SQLite's busy handler blocks a thread-pool thread each and sleeps in growing steps
/// (up to 100 ms) before it tries again; behind the gate they wait their turn without a thread, and each goes in as
/// soon as the last one commits. PostgreSQL locks rows, so there the gate lets everyone through.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the gate on SQLite (at once elsewhere); dispose the result to let the next writer in.</summary>
    public async ValueTask<Entered> EnterAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return default;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Entered(_gate);
    }

    /// <summary>The gate held, until disposed.</summary>
    public readonly struct Entered(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
