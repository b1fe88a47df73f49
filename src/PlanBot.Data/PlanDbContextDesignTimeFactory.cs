using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PlanBot.Data;

/// <summary>Lets `dotnet ef` build the model without starting the host; the database it names is never opened by `migrations add`.</summary>
internal sealed class PlanDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PlanDbContext>
{
    public PlanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlanDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
