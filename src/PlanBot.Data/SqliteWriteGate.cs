namespace PlanBot.Data;

/// <summary>
/// Lets one busy write path of this process into SQLite at a time. SQLite has one writer per file, and PlanBot is the
/// only host on its file (<see cref="SqliteHostLock"/>): without the gate, fifty owners answering at once meet in
/// <c>BEGIN IMMEDIATE</c>, where SQLite's busy handler blocks a thread-pool thread each and sleeps in growing steps
/// (up to 100 ms) before it tries again; behind the gate they wait their turn without a thread, and each goes in as
/// soon as the last one commits. PostgreSQL locks rows, so writers there do not use the gate.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _waiting;

    /// <summary>How many writers wait for the gate now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits for the gate; dispose the result to let the next writer in.</summary>
    public async ValueTask<Entered> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new Entered(_gate);
    }

    /// <summary>The gate held, until disposed.</summary>
    public readonly struct Entered(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
