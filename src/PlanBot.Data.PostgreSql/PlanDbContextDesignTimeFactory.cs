using Microsoft.EntityFrameworkCore.Design;

namespace PlanBot.Data.PostgreSql;

/// <summary>Lets `dotnet ef` build the PostgreSQL model without starting the host; `migrations add` never connects.</summary>
internal sealed class PlanDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PlanDbContext>
{
    public PlanDbContext CreateDbContext(string[] args) =>
        new(PlanStoreDatabase.OptionsFor(new PlanStoreOptions { Provider = PlanStoreProvider.PostgreSql, ConnectionString = "Host=localhost;Database=planbot_design_time" }));
}
