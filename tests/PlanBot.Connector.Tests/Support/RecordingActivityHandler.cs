using System.Threading.Channels;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Tests.Support;

/// <summary>Records every handled turn; what it does is up to the test (default: nothing, invokes unhandled).</summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    private readonly Channel<TurnContext> handled = Channel.CreateUnbounded<TurnContext>();

    public Func<TurnContext, CancellationToken, Task<InvokeResponse?>> Behaviour { get; set; } =
        (_, _) => Task.FromResult<InvokeResponse?>(null);

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        handled.Writer.TryWrite(turn);
        return await Behaviour(turn, cancellationToken);
    }

    /// <summary>The next handled turn (bounded wait, so a broken test fails instead of hanging).</summary>
    public async Task<TurnContext> NextAsync() =>
        await handled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

    public bool TryTakeHandled(out TurnContext? turn) => handled.Reader.TryRead(out turn);
}
