using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PlanBot.Connector.Hosting;

/// <summary>Maps the Bot Connector's messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>POST only (other methods get 405 from routing); authentication is done inside, before anything else.</summary>
    public static RouteHandlerBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (Func<HttpContext, Task<IResult>>)(static context =>
                context.RequestServices.GetRequiredService<BotRequestProcessor>().ProcessAsync(context)))
            .WithName("BotMessages")
            .ExcludeFromDescription();
}
