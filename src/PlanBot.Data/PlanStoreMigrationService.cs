using Microsoft.Extensions.Hosting;

namespace PlanBot.Data;

/// <summary>Applies migrations when the host starts, before hosted services registered after it (such as the seed import) run.</summary>
internal sealed class PlanStoreMigrationService(PlanStoreMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
