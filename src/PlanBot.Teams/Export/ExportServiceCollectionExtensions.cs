using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Domain.Export;
using PlanBot.Export;

namespace PlanBot.Teams.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// The board paper in Teams: the service that makes it, the workbook's options (this default is replaced where the
    /// host binds <c>BoardPaper:FontName</c>), and the answer to its file consent card. Its chat command is a row of the
    /// command table. <c>AddPlanBotTeams</c> calls it; calling it again adds nothing.
    /// </summary>
    public static IServiceCollection AddPlanBotExport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BoardPaperService>();
        services.TryAddSingleton(BoardPaperWorkbookOptions.Default);
        services.TryAddScoped<BoardPaperConsent>();
        return services;
    }
}
