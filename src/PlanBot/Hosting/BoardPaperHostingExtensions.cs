using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanBot.Domain.Export;
using PlanBot.Export;

namespace PlanBot.Hosting;

/// <summary>The board paper for the web host (chat) and the command line alike: the service that makes it and the workbook's options.</summary>
internal static class BoardPaperHostingExtensions
{
    /// <summary>Binds <c>BoardPaper:FontName</c> (checked at start) and registers <see cref="BoardPaperService"/>.</summary>
    public static IServiceCollection AddPlanBotBoardPaper(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BoardPaperWorkbookOptions>()
            .Bind(configuration.GetSection(BoardPaperWorkbookOptions.SectionName))
            .Validate(o => BoardPaperWorkbookOptions.FontNameProblem(o.FontName) is null, "BoardPaper:FontName must name a font of at most 31 characters, e.g. 游ゴシック or メイリオ.")
            .ValidateOnStart();
        // Replaces the default the Teams registration falls back to, whichever is called first.
        services.Replace(ServiceDescriptor.Singleton(provider => provider.GetRequiredService<IOptions<BoardPaperWorkbookOptions>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BoardPaperService>();
        return services;
    }
}
