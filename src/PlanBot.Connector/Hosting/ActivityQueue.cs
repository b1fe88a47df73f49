using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PlanBot.Connector.Hosting;

/// <summary>The bounded hand-off between the endpoint (which answers at once) and the background workers.</summary>
internal sealed class ActivityQueue(IOptions<BotConnectorOptions> options)
{
    private readonly Channel<QueuedActivity> channel = Channel.CreateBounded<QueuedActivity>(
        new BoundedChannelOptions(options.Value.Processing.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });

    public ChannelReader<QueuedActivity> Reader => channel.Reader;

    /// <summary>False when the queue is full: the caller must refuse the activity rather than drop it.</summary>
    public bool TryEnqueue(QueuedActivity activity) => channel.Writer.TryWrite(activity);
}
