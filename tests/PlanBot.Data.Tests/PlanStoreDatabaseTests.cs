using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;

namespace PlanBot.Data.Tests;

public sealed class PlanStoreDatabaseTests
{
    /// <summary>The provider is told by its name, so the name must be the one EF's own check compares.</summary>
    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task IsPostgreSql_EachProvider_AgreesWithEfsOwnCheck(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await using var context = db.NewContext();

        Assert.Equal(provider == PlanStoreProvider.PostgreSql, PlanStoreDatabase.IsPostgreSql(context.Database));
        Assert.Equal(context.Database.IsNpgsql(), PlanStoreDatabase.IsPostgreSql(context.Database));
    }
}
