using System.CommandLine;
using PlanBot.Packaging;

namespace PlanBot.Cli;

/// <summary><c>package --app-id &lt;id&gt; --endpoint &lt;https url&gt; [--out file.zip]</c>: writes the Teams app package to upload or sideload.</summary>
internal static class PackageCommand
{
    public const int InvalidRequest = 2;

    public static Command Create()
    {
        var appId = new Option<string>("--app-id")
        {
            Required = true,
            Description = "The bot's Microsoft App ID (a GUID, from the Azure Bot registration).",
        };
        var endpoint = new Option<string>("--endpoint")
        {
            Required = true,
            Description = "The bot's public messaging endpoint (https), e.g. https://planbot.example.com/api/messages.",
        };
        var output = new Option<string?>("--out")
        {
            Description = $"The zip to write. Default: {AppPackageRequest.DefaultOutputFile} in the current folder.",
        };
        var command = new Command("package", "Build the Teams app package (manifest and icons) for this bot.") { appId, endpoint, output };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(appId),
            parseResult.GetRequiredValue(endpoint),
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string appId, string endpoint, string? output, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        try
        {
            var request = new AppPackageRequest(appId, endpoint, output ?? AppPackageRequest.DefaultOutputFile);
            var package = await AppPackageBuilder.ForCommittedTemplate().BuildAsync(request, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(
                $"Wrote {package.OutputFile} (app id {package.AppId}, domain {package.Domain}): {string.Join(", ", package.Entries)}").ConfigureAwait(false);
            return 0;
        }
        catch (AppPackageException e)
        {
            await console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return InvalidRequest;
        }
    }
}
