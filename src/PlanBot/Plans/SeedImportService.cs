using Microsoft.Extensions.Options;
using PlanBot.Domain.Plans;

namespace PlanBot.Plans;

/// <summary>
/// Imports the seed document when the host starts on an empty store, so a fresh install has a plan to work with.
/// Registered after the data services, so migrations have run. A broken seed stops the start: the bot is useless without a plan.
/// </summary>
internal sealed class SeedImportService(IPlanStore store, PlanImporter importer, IOptions<PlanSeedOptions> options, ILogger<SeedImportService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        if (!seed.ImportWhenStoreEmpty || !await store.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        HostLog.ImportingSeed(logger, seed.Path);
        var outcome = await importer.ImportFileAsync(seed.Path, cancellationToken).ConfigureAwait(false);
        var summary = outcome.Result.Summary;
        HostLog.SeedImported(logger, seed.Path, summary.Strategies, summary.Initiatives, summary.SubThemes, summary.Items, summary.Decisions);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
