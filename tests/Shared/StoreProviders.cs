using PlanBot.Data;

namespace PlanBot.Testing;

/// <summary>The plan store's engines, for tests that must hold on each: <c>[SkippableTheory, MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]</c>.</summary>
public static class StoreProviders
{
    public static TheoryData<PlanStoreProvider> All => [PlanStoreProvider.Sqlite, PlanStoreProvider.PostgreSql];

    /// <summary>Skips the test, saying why, when it needs PostgreSQL and this machine cannot run it.</summary>
    public static void SkipUnlessAvailable(PlanStoreProvider provider) =>
        Skip.If(provider == PlanStoreProvider.PostgreSql && PostgresServer.Shared is null, PostgresServer.UnavailableReason);

    /// <summary>The running PostgreSQL server, or a skip when there is none.</summary>
    public static PostgresServer Postgres()
    {
        SkipUnlessAvailable(PlanStoreProvider.PostgreSql);
        return PostgresServer.Shared!;
    }
}
