namespace PlanBot.Floor;

/// <summary>One activity as the layers see it.</summary>
internal sealed record Turn(string ActivityId, string Sender, string Text);

/// <summary>A part of PlanBot's stack: registered at start, started once the host serves, run once per request.</summary>
internal interface ILayer
{
    Task AfterStartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    Task OnTurnAsync(IServiceProvider services, Turn turn, CancellationToken cancellationToken);
}

internal static class Layers
{
    public static readonly string[] Known = ["bare", "ef", "quartz", "identity", "http"];

    /// <summary>The value of <c>--layers a,b,c</c> (default: bare alone); an unknown name is refused.</summary>
    public static IReadOnlyList<string> Parse(string[] args)
    {
        var index = Array.IndexOf(args, "--layers");
        var value = index >= 0 && index + 1 < args.Length ? args[index + 1] : "bare";
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Unknown layer '{name}'; known: {string.Join(',', Known)}.");
            }
        }

        return names;
    }
}
