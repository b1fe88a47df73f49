using Microsoft.Extensions.DependencyInjection;
using PlanBot.Cli;
using PlanBot.Domain.People;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

/// <summary>The <c>roster</c> verbs run in-process against a temp store holding the seed plan.</summary>
public sealed class RosterCommandTests : IDisposable
{
    public const string Roster = """
        name,email,aadObjectId,department,role
        田中 一郎,tanaka@example.jp,8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01,産業振興部,member
        鈴木 花子,suzuki@example.jp,,地域共創部,manager
        佐藤 次郎,sato@example.jp,,,admin
        """;

    private readonly TempPlanStore store = new();

    [Fact]
    public async Task RosterImport_GoodFile_StoresThePeopleAndPrintsThemByDepartment()
    {
        await RunAsync("import");
        var file = await WriteAsync("roster.csv", "\uFEFF" + Roster);

        var (exitCode, output, error) = await RunAsync("roster", "import", file);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains($"Imported 3 people from {file}; the previous roster was replaced.\n", output, StringComparison.Ordinal);
        Assert.Contains("産業振興部 (1):\n  田中 一郎 <tanaka@example.jp> member\n", output, StringComparison.Ordinal);
        Assert.Contains("地域共創部 (1):\n  鈴木 花子 <suzuki@example.jp> manager\n", output, StringComparison.Ordinal);
        Assert.Contains("(no department) (1):\n  佐藤 次郎 <sato@example.jp> admin\n", output, StringComparison.Ordinal);
        Assert.Contains("Departments with nobody on the roster: 総務国際部, 経営企画室", output, StringComparison.Ordinal);
        Assert.Equal(["tanaka@example.jp", "suzuki@example.jp", "sato@example.jp"], (await LoadRosterAsync()).People.People.Select(p => p.Email));
    }

    [Fact]
    public async Task RosterImport_TypoInADepartmentAndABadRole_PrintsEachWithItsLineAndStoresNothing()
    {
        await RunAsync("import");
        await RunAsync("roster", "import", await WriteAsync("roster.csv", Roster));
        var bad = await WriteAsync("bad.csv", """
            name,email,aadObjectId,department,role
            山田 三郎,yamada@example.jp,,産業振興部,member
            高橋 四郎,takahashi@example.jp,,産業振興,member
            伊藤 五郎,ito@example.jp,,地域共創部,boss
            """);

        var (exitCode, output, error) = await RunAsync("roster", "import", bad);

        Assert.Equal(RosterCommand.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            $"{bad}: line 3: The department '産業振興' is not in the plan; did you mean 産業振興部?\n"
            + $"{bad}: line 4: The role 'boss' is unknown; use admin, manager or member.\n"
            + "Nothing was imported; the roster is unchanged.\n",
            error);
        Assert.Equal(["tanaka@example.jp", "suzuki@example.jp", "sato@example.jp"], (await LoadRosterAsync()).People.People.Select(p => p.Email));
    }

    [Fact]
    public async Task RosterImport_NoPlanStored_SaysToImportThePlanFirst()
    {
        var (exitCode, output, error) = await RunAsync("roster", "import", await WriteAsync("roster.csv", Roster));

        Assert.Equal(RosterCommand.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.Equal("The plan store holds no plan yet; run 'import' first.\n", error);
    }

    [Fact]
    public async Task RosterImport_MissingFile_SaysItCannotReadIt()
    {
        await RunAsync("import");
        var missing = Path.Combine(store.Folder, "missing.csv");

        var (exitCode, _, error) = await RunAsync("roster", "import", missing);

        Assert.Equal(RosterCommand.UnreadableFile, exitCode);
        Assert.StartsWith($"Cannot read {missing}: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RosterAssign_GoodFile_StoresItAndPrintsTheChangedOwnersAndTheUnowned()
    {
        await RunAsync("import");
        await RunAsync("roster", "import", await WriteAsync("roster.csv", Roster));
        var file = await WriteAsync("assign.csv", """
            initiative,subtheme,email
            15,,sato@example.jp
            5,②,tanaka@example.jp
            """);

        var (exitCode, output, error) = await RunAsync("roster", "assign", file);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains($"Stored 2 assignments from {file}; the previous assignments were replaced.\n", output, StringComparison.Ordinal);
        Assert.Contains("Owners changed (2 sub-themes):\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  5-2 \[地域共創部\] [^\n]+ / ②[^\n]+: 田中 一郎 \(was 鈴木 花子\)\n", output);
        Assert.Contains("\n  15-1 ジェンダー主流化の取組: 佐藤 次郎 (was nobody)\n", output, StringComparison.Ordinal);
        Assert.Contains("Unowned (", output, StringComparison.Ordinal);
        Assert.Contains("  16-1 インフラ整備の事業化および事業の早期実現に向けた要望活動: no 担当部署 and nobody assigned\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  15-1 ジェンダー主流化の取組: no", output, StringComparison.Ordinal);
        Assert.Equal([new OwnerAssignment(15, null, "sato@example.jp"), new OwnerAssignment(5, 2, "tanaka@example.jp")], (await LoadRosterAsync()).Assignments);
    }

    [Fact]
    public async Task RosterAssign_EmailNotOnTheRoster_PrintsTheLineAndStoresNothing()
    {
        await RunAsync("import");
        await RunAsync("roster", "import", await WriteAsync("roster.csv", Roster));
        await RunAsync("roster", "assign", await WriteAsync("first.csv", "initiative,subtheme,email\n15,,sato@example.jp\n"));
        var bad = await WriteAsync("assign.csv", "initiative,subtheme,email\n16,,tanaka@example.jp\n17,,tanka@example.jp\n");

        var (exitCode, output, error) = await RunAsync("roster", "assign", bad);

        Assert.Equal(RosterCommand.InvalidInput, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"{bad}: line 3: 'tanka@example.jp' is not on the roster", error, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was assigned; the assignments are unchanged.\n", error, StringComparison.Ordinal);
        Assert.Equal([new OwnerAssignment(15, null, "sato@example.jp")], (await LoadRosterAsync()).Assignments);
    }

    [Fact]
    public async Task RosterShow_RosterAndAssignment_PrintsPeopleOwnersPerSubThemeAndUnowned()
    {
        await RunAsync("import");
        await RunAsync("roster", "import", await WriteAsync("roster.csv", Roster));
        await RunAsync("roster", "assign", await WriteAsync("assign.csv", "initiative,subtheme,email\n15,,sato@example.jp\n"));

        var (exitCode, output, error) = await RunAsync("roster", "show");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.StartsWith("Roster: 3 people, 1 explicit assignments.\n産業振興部 (1):\n  田中 一郎 <tanaka@example.jp> member\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  1-1 \[産業振興部\] [^\n]+: 田中 一郎 \(by department\)\n", output);
        Assert.Contains("\n  15-1 ジェンダー主流化の取組: 佐藤 次郎 (assigned)\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  11-1 \[総務国際部\] [^\n]+: nobody\n", output);
        Assert.Matches(@"Unowned \(\d+ sub-themes\):\n  11-1 [^\n]+: nobody on the roster in 総務国際部 and nobody assigned\n", output);
    }

    public void Dispose() => store.Dispose();

    private async Task<StoredRoster> LoadRosterAsync()
    {
        using var host = store.OpenReader();
        return await host.Services.GetRequiredService<IRosterStore>().LoadAsync(CancellationToken.None);
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(store.Folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b => store.Configure(b.Configuration));
        return (exitCode, output.ToString(), StoreBanner.Strip(error.ToString(), store));
    }
}
