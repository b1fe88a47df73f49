
namespace PlanBot.Hosting;

public static class DefaultUrlsExtensions
{
    /// <summary>The bot's local endpoint (the Agents Playground and dev tunnels expect port 3978).</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>Listens on <see cref="DefaultUrl"/> unless urls or ports are configured (--urls, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, …).</summary>
    public static WebApplicationBuilder UsePlanBotDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
