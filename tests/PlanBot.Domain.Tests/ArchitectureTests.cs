using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Tests;

/// <summary>The domain core decides; it must not reach for HTTP, Teams, storage, the scheduler or JSON.</summary>
public class ArchitectureTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.Data.Sqlite",
        "Npgsql",
        "Quartz",
        "System.Text.Json",
        "System.Net.Http",
        "Microsoft.Identity",
        "PlanBot.Data",
        "PlanBot.Connector",
        "PlanBot.Teams",
    ];

    [Fact]
    public void DomainAssembly_References_NoInfrastructure()
    {
        var referenced = typeof(ActionPlan).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        var offending = referenced.Where(name => ForbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.True(offending.Count == 0, $"PlanBot.Domain references {string.Join(", ", offending)}");
        Assert.Contains(referenced, name => name.StartsWith("System.", StringComparison.Ordinal));
    }
}
