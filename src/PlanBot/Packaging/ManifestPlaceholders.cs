namespace PlanBot.Packaging;

/// <summary>
/// The values the committed template in manifest/ carries where a deployment's own values go. They are chosen so the
/// template itself is a valid manifest (the schema requires GUIDs and http(s) URLs), which lets tests and tools validate
/// the file as committed, while never being mistaken for a real deployment: the nil GUID is no Entra app id, and
/// <c>.invalid</c> is reserved by RFC 2606 never to resolve.
/// </summary>
internal static class ManifestPlaceholders
{
    /// <summary>Stands for the bot's Microsoft App ID in <c>id</c> and <c>bots[].botId</c>.</summary>
    public const string AppId = "00000000-0000-0000-0000-000000000000";

    /// <summary>Stands for the endpoint's host in <c>validDomains</c>.</summary>
    public const string Domain = "planbot.invalid";

    /// <summary>Stands for the endpoint's scheme and authority at the start of the developer URLs.</summary>
    public const string Origin = "https://" + Domain;
}
