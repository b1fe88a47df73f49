using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PlanBot.Hosting;

/// <summary>
/// Behind a reverse proxy (nginx, IIS, an ingress) the caller's address, scheme and host arrive in X-Forwarded-*
/// headers. They are applied only from proxies PlanBot knows: loopback by default (a proxy on the same machine), plus
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR). Headers from
/// anyone else are left alone, and in local mode any of them gets the request refused.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddPlanBotForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForwardedProxySettings>()
            .Bind(configuration.GetSection(SectionName))
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)), $"{SectionName}:KnownProxies must hold IP addresses (e.g. 10.0.0.4).")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), $"{SectionName}:KnownNetworks must hold networks in CIDR form (e.g. 10.0.0.0/24).")
            .Validate(s => s.ForwardLimit is >= 1 and <= 10, $"{SectionName}:ForwardLimit must be between 1 and 10.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ForwardedProxySettings>>((options, settings) =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                options.ForwardLimit = settings.Value.ForwardLimit;
                foreach (var proxy in settings.Value.KnownProxies)
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in settings.Value.KnownNetworks)
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });
        return services;
    }

    /// <summary>Bound from <see cref="SectionName"/>.</summary>
    public sealed class ForwardedProxySettings
    {
        public IList<string> KnownProxies { get; } = [];

        public IList<string> KnownNetworks { get; } = [];

        /// <summary>How many proxies' entries to apply, from the nearest; one proxy in front is the usual case.</summary>
        public int ForwardLimit { get; set; } = 1;
    }
}
