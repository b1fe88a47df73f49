using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Data;
using PlanBot.Domain.People;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

/// <summary>Which store a verb uses (said before it changes anything), and the SQLite file kept safe: backup and restore.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    // A host starts in seconds; a machine shared with other builds can take minutes.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private readonly TempPlanStore store = new();

    [Fact]
    public async Task AnyStoreVerb_StoreGivenWithStoreOption_SaysWhichFileBeforeItWrites()
    {
        var file = Path.Combine(store.Folder, "elsewhere", "planbot.db");

        var (exitCode, _, error) = await CliAsync(configure: false, "import", "--store", $"Data Source={file}");

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Plan store: SQLite {file} (from --store).\n", error, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
        Assert.False(File.Exists(store.DatabasePath));
    }

    [Fact]
    public async Task AnyStoreVerb_PostgreSqlStore_NamesHostAndDatabaseNeverThePassword()
    {
        var (exitCode, _, error) = await CliAsync(
            configure: false, "roster", "show", "--provider", "PostgreSql", "--store", "Host=127.0.0.1;Port=1;Database=plans;Username=planbot;Password=s3cret-Pa55;Timeout=1");

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("Plan store: PostgreSQL 127.0.0.1:1/plans (user planbot) (from --store).\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Pa55", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyStoreVerb_PostgreSqlConnectionStringWithoutProvider_RefusesAndSaysWhatToSet()
    {
        var (exitCode, output, error) = await CliAsync(configure: false, "import", "--store", "Host=db.example.com;Database=planbot;Username=planbot;Password=x");

        Assert.Equal(StoreOptions.InvalidStore, exitCode);
        Assert.Equal("", output);
        Assert.Contains("looks like a PostgreSQL connection string (it names a Host): set PlanStore:Provider=PostgreSql.", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was done.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackupThenRestore_WhilePlanBotRunsAndAfter_CopiesConsistentlyAndPutsTheCopyBack()
    {
        Assert.Equal(0, (await CliAsync(configure: true, "import")).ExitCode);
        var roster = Path.Combine(RepositoryPaths.Root, "tests", "e2e", "roster.csv");
        Assert.Equal(0, (await CliAsync(configure: true, "roster", "import", roster)).ExitCode);
        var backup = Path.Combine(store.Folder, "backups", "planbot-1.db");

        await using (var host = PlanBotProcess.Start(store.Folder, store.Settings))
        {
            await host.WaitUntilHealthyAsync(Patience);

            var (backedUp, output, _) = await CliAsync(configure: true, "backup", "--out", backup);
            Assert.Equal(0, backedUp);
            Assert.Contains($"Backed up {store.DatabasePath} to {backup} (", output, StringComparison.Ordinal);
            Assert.Contains("Checked: it opens, integrity ok, ", output, StringComparison.Ordinal);

            var (again, _, againError) = await CliAsync(configure: true, "backup", "--out", backup);
            Assert.Equal(BackupCommand.Failed, again);
            Assert.Contains("already exists", againError, StringComparison.Ordinal);

            var (refused, _, refusedError) = await CliAsync(configure: true, "restore", "--from", backup);
            Assert.Equal(RestoreCommand.InvalidInput, refused);
            Assert.Contains("PlanBot is running on", refusedError, StringComparison.Ordinal);
            host.Kill();
        }

        var check = await SqliteBackup.CheckAsync(backup, CancellationToken.None);
        Assert.True(check.IsSound);
        Assert.True(check.Counts["plan_items"] > 0);
        var people = check.Counts["people"];
        Assert.True(people > 0);

        // After the backup the roster is replaced by one person; the restore brings the backup's roster back.
        var one = Path.Combine(store.Folder, "one.csv");
        await File.WriteAllTextAsync(one, "name,email,aadObjectId,department,role\n山田 花子,hanako.yamada@example.com,11111111-0000-4000-8000-000000000000,経営企画室,admin\n");
        Assert.Equal(0, (await CliAsync(configure: true, "roster", "import", one)).ExitCode);

        var (restored, restoreOutput, _) = await CliAsync(configure: true, "restore", "--from", backup);

        Assert.Equal(0, restored);
        Assert.Contains($"Restored {store.DatabasePath} from {backup}", restoreOutput, StringComparison.Ordinal);
        Assert.Contains(".before-restore-", restoreOutput, StringComparison.Ordinal);
        using var reader = store.OpenReader();
        Assert.Equal(people, (await reader.Services.GetRequiredService<IRosterStore>().LoadAsync(CancellationToken.None)).People.People.Count);
    }

    [Fact]
    public async Task Restore_FileThatIsNoPlanStore_RefusesAndChangesNothing()
    {
        Assert.Equal(0, (await CliAsync(configure: true, "import")).ExitCode);
        var notAStore = Path.Combine(store.Folder, "notes.db");
        await File.WriteAllTextAsync(notAStore, "not a database");

        // The import's pooled connections still hold its writes in the WAL; whenever the last of them closes (any
        // test's ClearAllPools closes them) SQLite copies those into the file. Closed now, the file is complete first.
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(store.DatabasePath);

        var (exitCode, _, error) = await CliAsync(configure: true, "restore", "--from", notAStore);

        Assert.Equal(RestoreCommand.InvalidInput, exitCode);
        Assert.Contains("Nothing was changed.", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(store.DatabasePath));
    }

    public void Dispose() => store.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> CliAsync(bool configure, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b =>
        {
            b.Environment.ContentRootPath = store.Folder;
            if (configure)
            {
                store.Configure(b.Configuration);
            }
        });
        return (exitCode, output.ToString(), error.ToString());
    }
}
