using Microsoft.EntityFrameworkCore.Design;

namespace PlanBot.Data.Sqlite;

/// <summary>Lets `dotnet ef` build the SQLite model without starting the host; the database it names is never opened by `migrations add`.</summary>
internal sealed class PlanDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PlanDbContext>
{
    public PlanDbContext CreateDbContext(string[] args) =>
        new(PlanStoreDatabase.OptionsFor(new PlanStoreOptions { Provider = PlanStoreProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }));
}
