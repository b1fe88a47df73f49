namespace PlanBot.Data.Tests;

/// <summary>
/// The connection string checked against the provider before anything opens it (the message an operator reads).
/// </summary>
public sealed class PlanStoreOptionsTests
{
    [Theory]
    [InlineData(PlanStoreProvider.Sqlite, "Data Source=/var/lib/planbot/planbot.db", null)]
    [InlineData(PlanStoreProvider.Sqlite, "Host=db.example.com;Database=planbot", "ConnectionStrings:PlanStore looks like a PostgreSQL connection string (it names a Host): set PlanStore:Provider=PostgreSql.")]
    [InlineData(PlanStoreProvider.Sqlite, "server=db.example.com;Database=planbot", "ConnectionStrings:PlanStore looks like a PostgreSQL connection string (it names a Host): set PlanStore:Provider=PostgreSql.")]
    [InlineData(PlanStoreProvider.Sqlite, "Data Source=", "ConnectionStrings:PlanStore is not a valid SQLite connection string (e.g. 'Data Source=/path/planbot.db').")]
    [InlineData(PlanStoreProvider.PostgreSql, "Host=db.example.com;Database=planbot;Username=planbot", null)]
    [InlineData(PlanStoreProvider.PostgreSql, "", "PlanStore:Provider is PostgreSql but ConnectionStrings:PlanStore is empty (e.g. 'Host=db.example.com;Database=planbot;Username=planbot;Password=…').")]
    [InlineData(PlanStoreProvider.PostgreSql, "Database=planbot;Username=planbot", "ConnectionStrings:PlanStore is not a PostgreSQL connection string: it names no Host (e.g. 'Host=db.example.com;Database=planbot;Username=planbot;Password=…').")]
    [InlineData(PlanStoreProvider.PostgreSql, "Host=db.example.com;Username=planbot", "ConnectionStrings:PlanStore names no Database: give the database PlanBot owns (Database=planbot).")]
    public void Problem_ConnectionStringForProvider_SaysWhatIsWrong(PlanStoreProvider provider, string connectionString, string? expected)
    {
        var options = new PlanStoreOptions { Provider = provider, ConnectionString = connectionString };

        Assert.Equal(expected, options.Problem());
    }

    [Fact]
    public void Problem_PostgreSqlWithAKeyNpgsqlDoesNotKnow_NamesTheKeyNeverTheValue()
    {
        var options = new PlanStoreOptions { Provider = PlanStoreProvider.PostgreSql, ConnectionString = "Host=db.example.com;Databse=s3cret-Pa55" };

        var problem = options.Problem();

        Assert.StartsWith("ConnectionStrings:PlanStore is not a valid PostgreSql connection string: ", problem, StringComparison.Ordinal);
        Assert.Contains("databse", problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("s3cret-Pa55", problem, StringComparison.Ordinal);
    }
}
