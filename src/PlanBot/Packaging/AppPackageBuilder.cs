using System.IO.Compression;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Packaging;

/// <summary>
/// Builds the Teams app package (the zip users sideload or admins upload) from the template in manifest/: fills in the
/// bot's app id and the endpoint's domain, writes the bot's command menus from the chat-command table, and puts
/// manifest.json, its language files and the two icons at the zip's root.
/// </summary>
public sealed class AppPackageBuilder
{
    private const string ManifestFileName = "manifest.json";

    // A fixed entry time keeps the zip byte-for-byte the same for the same inputs, so rebuilding a package shows no change.
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

    // The files are UTF-8 JSON read by Teams, not HTML: keep the Japanese text readable instead of \u-escaped.
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="templateDirectory">The folder holding manifest.json and the files it names (normally manifest/).</param>
    public AppPackageBuilder(string templateDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateDirectory);
        TemplateDirectory = Path.GetFullPath(templateDirectory);
    }

    /// <summary>The folder the template is read from.</summary>
    public string TemplateDirectory { get; }

    /// <summary>A builder over the repository's (or the shipped) manifest/ folder; see <see cref="ManifestTemplateDirectory.Locate"/>.</summary>
    public static AppPackageBuilder ForCommittedTemplate() => new(ManifestTemplateDirectory.Locate());

    /// <summary>Validates the request, fills the template and writes the zip (replacing an existing file only once complete).</summary>
    /// <exception cref="AppPackageException">The app id, the endpoint or the template is not usable; nothing was written.</exception>
    public async Task<AppPackage> BuildAsync(AppPackageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var appId = ParseAppId(request.AppId);
        var endpoint = ParseEndpoint(request.Endpoint);
        var outputFile = ParseOutputFile(request.OutputFile);

        var manifest = await ReadJsonObjectAsync(ManifestFileName, cancellationToken).ConfigureAwait(false);
        var files = new List<(string Name, byte[] Content)>();
        FillManifest(manifest, appId, endpoint);
        files.Add((ManifestFileName, Serialize(manifest)));

        foreach (var (languageTag, languageFile) in LanguageFiles(manifest))
        {
            var strings = await ReadJsonObjectAsync(languageFile, cancellationToken).ConfigureAwait(false);
            ReplacePlaceholders(strings, endpoint);
            if (languageTag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                ManifestCommandLists.WriteEnglish(strings);
            }

            files.Add((languageFile, Serialize(strings)));
        }

        foreach (var icon in Icons(manifest))
        {
            files.Add((icon, await File.ReadAllBytesAsync(TemplateFile(icon), cancellationToken).ConfigureAwait(false)));
        }

        await WriteZipAsync(outputFile, files, cancellationToken).ConfigureAwait(false);
        return new AppPackage(outputFile, appId, endpoint.Host, files.ConvertAll(f => f.Name));
    }

    private static string ParseAppId(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (!Guid.TryParseExact(trimmed, "D", out var id))
        {
            throw new AppPackageException(
                $"The app id '{value}' is not a GUID. Give the bot's Microsoft App ID (Azure Bot resource > Configuration), " +
                "for example 1b4e28ba-2fa1-11d2-883f-0016d3cca427.");
        }

        if (id == Guid.Empty)
        {
            throw new AppPackageException(
                "The app id 00000000-0000-0000-0000-000000000000 is the template's placeholder, not a real app. " +
                "Give the bot's Microsoft App ID.");
        }

        return id.ToString("D");
    }

    private static PackageEndpoint ParseEndpoint(string? value)
    {
        const string Example = "https://planbot.example.org/api/messages";
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new AppPackageException($"The endpoint '{value}' is not an absolute https URL such as {Example}.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            throw new AppPackageException(
                $"The endpoint '{value}' uses http. Teams calls bots only over https: give the public https URL of the " +
                $"messaging endpoint, such as {Example}. Plain http is accepted only for localhost.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new AppPackageException("The endpoint must not contain a user name or password.");
        }

        if (uri.IdnHost.Equals(ManifestPlaceholders.Domain, StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(uri.IdnHost, out var address) && !IPAddress.IsLoopback(address))
        {
            throw new AppPackageException(
                $"The endpoint '{value}' has no usable domain name. Give the host name the Azure Bot resource calls, such as {Example}.");
        }

        return new PackageEndpoint(uri.GetLeftPart(UriPartial.Authority), uri.IdnHost);
    }

    private static string ParseOutputFile(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new AppPackageException("The output file name is empty.");
        }

        var full = Path.GetFullPath(value);
        if (Directory.Exists(full))
        {
            throw new AppPackageException($"The output '{full}' is a folder; give a file name such as {AppPackageRequest.DefaultOutputFile}.");
        }

        return full;
    }

    private async Task<JsonObject> ReadJsonObjectAsync(string name, CancellationToken cancellationToken)
    {
        var path = TemplateFile(name);
        try
        {
            await using var stream = File.OpenRead(path);
            var node = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return node as JsonObject ?? throw new AppPackageException($"The template file {path} does not hold a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new AppPackageException($"The template file {path} is not valid JSON: {ex.Message}", ex);
        }
    }

    private string TemplateFile(string name)
    {
        // Teams reads every file from the zip's root, so the template may only name plain file names.
        if (name.Length == 0 || Path.GetFileName(name) != name || name.Contains('/', StringComparison.Ordinal))
        {
            throw new AppPackageException($"The template names '{name}'; only plain file names at the package root are supported.");
        }

        var path = Path.Combine(TemplateDirectory, name);
        return File.Exists(path) ? path : throw new AppPackageException($"The template file {path} is missing.");
    }

    private static void FillManifest(JsonObject manifest, string appId, PackageEndpoint endpoint)
    {
        manifest["id"] = appId;
        if (manifest["bots"] is JsonArray bots)
        {
            foreach (var bot in bots.OfType<JsonObject>())
            {
                bot["botId"] = appId;
                ManifestCommandLists.Write(bot);
            }
        }

        ReplacePlaceholders(manifest, endpoint);
    }

    // Placeholders are replaced inside string values of the parsed tree, never in the raw text, so no input can change
    // the JSON's structure. The origin goes first because it contains the bare domain.
    private static void ReplacePlaceholders(JsonNode node, PackageEndpoint endpoint)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Replace(text, endpoint);
                    }
                    else if (child is not null)
                    {
                        ReplacePlaceholders(child, endpoint);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Replace(text, endpoint);
                    }
                    else if (array[i] is { } child)
                    {
                        ReplacePlaceholders(child, endpoint);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, PackageEndpoint endpoint) =>
        text.Replace(ManifestPlaceholders.Origin, endpoint.Origin, StringComparison.OrdinalIgnoreCase)
            .Replace(ManifestPlaceholders.Domain, endpoint.Host, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Tag, string File)> LanguageFiles(JsonObject manifest) =>
        (manifest["localizationInfo"]?["additionalLanguages"] as JsonArray ?? [])
            .Select(language => (Tag: language?["languageTag"]?.GetValue<string>() ?? string.Empty, File: language?["file"]?.GetValue<string>()))
            .Where(language => language.File is not null)
            .Select(language => (language.Tag, language.File!));

    private static IEnumerable<string> Icons(JsonObject manifest)
    {
        var icons = manifest["icons"] as JsonObject
            ?? throw new AppPackageException("The template's manifest.json has no icons.");
        return icons.Select(icon => icon.Value?.GetValue<string>()).OfType<string>();
    }

    private static byte[] Serialize(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, WriteOptions);

    private static async Task WriteZipAsync(string outputFile, List<(string Name, byte[] Content)> files, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(outputFile)!);

        // Written beside the target and moved into place at the end, so a failure never leaves half a package
        // or destroys the previous one.
        var temporary = outputFile + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var (name, content) in files)
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTimestamp;
                    await using var entryStream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await entryStream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(temporary, outputFile, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private sealed record PackageEndpoint(string Origin, string Host);
}
