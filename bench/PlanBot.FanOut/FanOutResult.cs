using System.Globalization;

namespace PlanBot.FanOut;

/// <summary>What one run measured. The ratio compares the delivery time with the least the app limit allows.</summary>
internal sealed record FanOutResult(
    int Owners,
    int AppLimit,
    int Enqueued,
    TimeSpan EnqueueTime,
    TimeSpan DeliveryTime,
    TimeSpan AcceptedSpan,
    bool Finished,
    long Throttled,
    int Lost,
    int NotReached,
    int Duplicated,
    long ChatsCreated,
    int OutboxSent,
    int OutboxPending,
    int OutboxFailedPermanently)
{
    /// <summary>One card per owner at the app limit: 5,000 / 50 per second = 100 s.</summary>
    public TimeSpan Minimum => TimeSpan.FromSeconds((double)Enqueued / AppLimit);

    /// <summary>Only meaningful when <see cref="Finished"/>.</summary>
    public double Ratio => DeliveryTime / Minimum;

    public int Reached => Enqueued - Lost - NotReached;

    /// <summary>Cards accepted per second over the delivery time.</summary>
    public double Rate => Reached / DeliveryTime.TotalSeconds;

    public void WriteTo(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"owners:              {Owners:N0} ({Enqueued:N0} cards enqueued in {EnqueueTime.TotalSeconds:F1} s)"));
        output.WriteLine(string.Create(c, $"finished:            {(Finished ? "yes, outbox empty" : "NO, stopped at the deadline")}"));
        output.WriteLine(string.Create(c, $"delivery time:       {DeliveryTime.TotalSeconds:F1} s (first to last accepted send: {AcceptedSpan.TotalSeconds:F1} s)"));
        output.WriteLine(string.Create(c, $"minimum at {AppLimit,3}/s:    {Minimum.TotalSeconds:F1} s"));
        output.WriteLine(Finished
            ? string.Create(c, $"ratio:               {Ratio:F2}x")
            : string.Create(c, $"ratio:               none (not finished); at {Rate:F1} cards/s all would take {Minimum.TotalSeconds * ProjectedRatio(Rate):F0} s or more ({ProjectedRatio(Rate):F1}x or more)"));
        output.WriteLine(string.Create(c, $"throughput:          {Rate:F1} cards/s ({Reached:N0} owners reached)"));
        output.WriteLine(string.Create(c, $"429s received:       {Throttled:N0}"));
        output.WriteLine(string.Create(c, $"lost (0 accepted):   {Lost:N0}"));
        output.WriteLine(string.Create(c, $"not reached yet:     {NotReached:N0} (still pending in the outbox)"));
        output.WriteLine(string.Create(c, $"duplicated (>1):     {Duplicated:N0}"));
        output.WriteLine(string.Create(c, $"1:1 chats created:   {ChatsCreated:N0}"));
        output.WriteLine(string.Create(c, $"outbox:              {OutboxSent:N0} sent, {OutboxPending:N0} pending, {OutboxFailedPermanently:N0} failed permanently"));
    }

    /// <summary>The ratio a whole run at <paramref name="rate"/> cards/s would reach (more, as the rate falls with the deliveries stored).</summary>
    private double ProjectedRatio(double rate) => AppLimit / rate;
}
