using System.Collections.Frozen;
using System.Net;
using System.Reflection;

namespace PlanBot.Hosting;

/// <summary>
/// The pages the Teams app package links to (developer website, privacy policy, terms of use): PlanBot serves them in
/// Japanese at <c>/</c>, <c>/privacy</c> and <c>/terms</c> of its own host, so the package the <c>package</c> verb builds
/// has no dead link. The operator's name and contact come from <c>Pages:Operator</c> and <c>Pages:Contact</c>.
/// </summary>
public static class InformationPages
{
    public const string SectionName = "Pages";

    private static readonly (string Path, string File, string Title)[] Pages =
    [
        ("/", "index.html", "アクションプラン進捗管理"),
        ("/privacy", "privacy.html", "プライバシーポリシー"),
        ("/terms", "terms.html", "利用規約"),
    ];

    public static IEndpointRouteBuilder MapPlanBotPages(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var rendered = Render(
            configuration[$"{SectionName}:Operator"] is { Length: > 0 } name ? name : "この PlanBot を運用する組織",
            configuration[$"{SectionName}:Contact"] is { Length: > 0 } contact ? contact : "PlanBot の管理者（Teams で PlanBot を追加した担当者）");
        foreach (var (path, _, _) in Pages)
        {
            var html = rendered[path];
            endpoints.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8")).ExcludeFromDescription();
        }

        return endpoints;
    }

    /// <summary>Each page inside the layout, with the operator's values HTML-encoded; rendered once at start.</summary>
    internal static FrozenDictionary<string, string> Render(string operatorName, string contact)
    {
        var layout = Read("layout.html");
        return Pages.ToFrozenDictionary(
            page => page.Path,
            page => layout
                .Replace("{{title}}", page.Title, StringComparison.Ordinal)
                .Replace("{{content}}", Read(page.File), StringComparison.Ordinal)
                .Replace("{{operator}}", WebUtility.HtmlEncode(operatorName), StringComparison.Ordinal)
                .Replace("{{contact}}", WebUtility.HtmlEncode(contact), StringComparison.Ordinal));
    }

    private static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"PlanBot.Pages.{file}")
            ?? throw new InvalidOperationException($"The page {file} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
