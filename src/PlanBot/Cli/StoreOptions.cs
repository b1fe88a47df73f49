using System.CommandLine;
using Microsoft.Extensions.Options;
using PlanBot.Data;

namespace PlanBot.Cli;

/// <summary>
/// Which plan store a verb works on, and saying so. The store comes, in this order, from <c>--store</c> (and
/// <c>--provider</c>) on the command line, the environment (<c>ConnectionStrings__PlanStore</c>, <c>PlanStore__Provider</c>),
/// <c>appsettings.json</c> in the working directory, or the default SQLite file under the working directory. Every verb
/// that touches the store first writes to stderr which store it is (the SQLite path, or PostgreSQL's host, database
/// and user; never the password), so nothing is ever written to a store the user did not mean.
/// </summary>
internal static class StoreOptions
{
    /// <summary>The store's settings cannot work (e.g. PostgreSQL without a connection string): nothing was done.</summary>
    public const int InvalidStore = 2;

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "The plan store's connection string, e.g. \"Data Source=/srv/planbot/planbot.db\" or \"Host=db;Database=planbot;Username=planbot;Password=…\" "
            + "(default: ConnectionStrings:PlanStore from the environment or appsettings.json, else data/planbot.db under the working directory).",
        Recursive = true,
    };

    public static readonly Option<PlanStoreProvider?> Provider = new("--provider")
    {
        Description = "Sqlite or PostgreSql (default: PlanStore:Provider from the environment or appsettings.json, else Sqlite).",
        Recursive = true,
    };

    /// <summary>
    /// Puts the command line's store options into the configuration (they win); returns where the connection string
    /// comes from, or null when none is given (the store's options then know whether that means the default file).
    /// </summary>
    public static string? Apply(ParseResult parse, IConfigurationManager configuration)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Store) is { Length: > 0 } store)
        {
            overrides[$"ConnectionStrings:{PlanStoreOptions.ConnectionStringName}"] = store;
        }

        if (parse.GetValue(Provider) is { } provider)
        {
            overrides[$"{PlanStoreOptions.SectionName}:{nameof(PlanStoreOptions.Provider)}"] = provider.ToString();
        }

        var source = overrides.ContainsKey($"ConnectionStrings:{PlanStoreOptions.ConnectionStringName}") ? "from --store"
            : string.IsNullOrEmpty(configuration.GetConnectionString(PlanStoreOptions.ConnectionStringName)) ? null
            : "from ConnectionStrings:PlanStore";
        configuration.AddInMemoryCollection(overrides);
        return source;
    }

    /// <summary>Every verb but <c>package</c> (and help) works on the store.</summary>
    public static bool UsesTheStore(Command command) => command is not RootCommand && command.Name != "package";

    /// <summary>Writes "Plan store: …" to <paramref name="error"/>; false (after saying why) when the settings cannot work.</summary>
    public static async Task<bool> AnnounceAsync(IServiceProvider services, string? source, TextWriter error, CancellationToken cancellationToken)
    {
        PlanStoreOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<PlanStoreOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await error.WriteLineAsync(failure.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Nothing was done.".AsMemory(), cancellationToken).ConfigureAwait(false);
            return false;
        }

        source ??= options.IsDefaultLocation ? "the default location; give --store or set ConnectionStrings__PlanStore for another" : "no connection string";
        await error.WriteLineAsync($"Plan store: {options.Describe()} ({source}).".AsMemory(), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
