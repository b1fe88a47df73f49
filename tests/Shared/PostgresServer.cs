using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PlanBot.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: initdb into a temp folder, started on a free loopback port, shared
/// by every test of the assembly (each test gets a database of its own), stopped and deleted when the run ends.
/// PostgreSQL refuses to run as root, so as root the cluster runs as the <c>postgres</c> user Debian's package creates.
/// PlanBot connects as an ordinary role (<see cref="AppRole"/>: no superuser, no CREATEDB) that owns its database, as
/// it would in production. Without the server binaries the PostgreSQL tests skip and say why
/// (<see cref="UnavailableReason"/>); <c>.ci/run</c> installs them.
/// </summary>
/// <remarks>
/// The binaries are found in <c>PLANBOT_POSTGRES_BIN</c>, else the newest <c>/usr/lib/postgresql/*/bin</c>, else the PATH.
/// The cluster trades durability for speed (fsync off): it holds nothing worth keeping.
/// </remarks>
public sealed class PostgresServer
{
    public const string AppRole = "planbot_app";

    private static readonly Lazy<(PostgresServer? Server, string? Reason)> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asPostgresUser;
    private readonly string _superuserPassword;
    private readonly Lazy<string> _template;
    private int _databases;

    private PostgresServer(string folder, string bin, bool asPostgresUser, int port, string superuserPassword, string appPassword)
    {
        _folder = folder;
        _bin = bin;
        _asPostgresUser = asPostgresUser;
        Port = port;
        _superuserPassword = superuserPassword;
        AppPassword = appPassword;
        _template = new Lazy<string>(MigrateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The run's server, started on first use; null when PostgreSQL cannot run here (see <see cref="UnavailableReason"/>).</summary>
    public static PostgresServer? Shared => Instance.Value.Server;

    /// <summary>Why there is no server, for the skip message.</summary>
    public static string? UnavailableReason => Instance.Value.Reason;

    public int Port { get; }

    /// <summary>The app role's password: tests check that PlanBot never prints it.</summary>
    public string AppPassword { get; }

    public string BinFolder => _bin;

    /// <summary>
    /// A new database owned by <see cref="AppRole"/>, holding the plan store's schema and no rows; the connection string
    /// logs in as that role. It is a copy of a template migrated once per run: migrating every test's database anew
    /// would cost more than the test.
    /// </summary>
    public string CreateDatabase()
    {
        var template = _template.Value;
        var name = string.Create(CultureInfo.InvariantCulture, $"planbot_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" OWNER {AppRole}");
        return ConnectionString(name, AppRole, AppPassword);
    }

    private string MigrateTemplate()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"planbot_template_{Environment.ProcessId}");
        Execute($"CREATE DATABASE \"{name}\" OWNER {AppRole}");
        var connectionString = ConnectionString(name, AppRole, AppPassword);
        using (var db = new PlanBot.Data.PlanDbContext(PlanBot.Data.PlanStoreDatabase.OptionsFor(
            new PlanBot.Data.PlanStoreOptions { Provider = PlanBot.Data.PlanStoreProvider.PostgreSql, ConnectionString = connectionString })))
        {
            db.Database.Migrate();
        }

        // A template is copied only while nobody is connected to it.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        return name;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever still holds it.</summary>
    public void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Runs one statement as the superuser, in the maintenance database.</summary>
    public void Execute(string sql, string database = "postgres")
    {
        using var connection = new NpgsqlConnection(ConnectionString(database, "postgres", _superuserPassword));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private string ConnectionString(string database, string user, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = user,
        Password = password,
        // Many short-lived test databases: do not keep idle connections to each around.
        MaxPoolSize = 20,
        ConnectionIdleLifetime = 10,
    }.ToString();

    private static (PostgresServer?, string?) Start()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (null, "The throwaway PostgreSQL cluster is made for Linux (Debian's postgresql package).");
        }

        var bin = FindBin();
        if (bin is null)
        {
            return (null, "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package (.ci/run does) or set PLANBOT_POSTGRES_BIN.");
        }

        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal)))
        {
            return (null, "Running as root and there is no 'postgres' user to run PostgreSQL as (PostgreSQL refuses root).");
        }

        var folder = Directory.CreateTempSubdirectory("planbot-pg-").FullName;
        try
        {
            // The postgres user writes the cluster, its socket and its log here.
            File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
            var superuserPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var appPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var passwordFile = Path.Combine(folder, "superuser-password");
            File.WriteAllText(passwordFile, superuserPassword);
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            var data = Path.Combine(folder, "data");
            Run(bin, asPostgresUser, "initdb", "-D", data, "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
                $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions");
            File.Delete(passwordFile);

            var port = StartCluster(bin, asPostgresUser, folder, data);

            var server = new PostgresServer(folder, bin, asPostgresUser, port, superuserPassword, appPassword);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            server.Execute($"CREATE ROLE {AppRole} LOGIN PASSWORD '{appPassword}' NOSUPERUSER NOCREATEDB NOCREATEROLE");
            return (server, null);
        }
        catch (Exception e)
        {
            TryDelete(folder);
            return (null, $"The throwaway PostgreSQL cluster did not start: {e.Message}");
        }
    }

    private void Stop()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Run(_bin, _asPostgresUser, "pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder still goes.
        }

        TryDelete(_folder);
    }

    private static void Run(string bin, bool asPostgresUser, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : Path.Combine(bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", Path.Combine(bin, tool) })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}".Trim());
        }
    }

    private static string? FindBin()
    {
        if (Environment.GetEnvironmentVariable("PLANBOT_POSTGRES_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured : null;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(candidate => File.Exists(Path.Combine(candidate, "pg_ctl")) && File.Exists(Path.Combine(candidate, "initdb")))
                .OrderByDescending(candidate => int.TryParse(Path.GetFileName(Path.GetDirectoryName(candidate)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return debian ?? (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "pg_ctl")) && File.Exists(Path.Combine(folder, "initdb")));
    }

    /// <summary>Starts the cluster on a free port; its port.</summary>
    /// <remarks>
    /// A port found free can be taken by another socket (an outgoing connection's, say) before postgres binds it, and
    /// postgres cannot bind port 0 and say which it got: a failed start is tried again on another port.
    /// </remarks>
    private static int StartCluster(string bin, bool asPostgresUser, string folder, string data)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var settings = string.Create(CultureInfo.InvariantCulture,
                $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
            try
            {
                Run(bin, asPostgresUser, "pg_ctl", "-D", data, "-l", Path.Combine(folder, "server.log"), "-o", settings, "-w", "-t", "60", "start");
                return port;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
