using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Configurations;
using PlanBot.Data.Rows;

namespace PlanBot.Data;

/// <summary>
/// The plan store's database: the plan (strategies, initiatives, sub-themes, items), progress history, import runs,
/// the conversations PlanBot is installed in, the roster and assignments, reminder cycles with their submissions, the
/// outbox of proactive sends, the channels chosen for the weekly digest, the health probe's row, and what instances
/// sharing the store coordinate through: leases and the inbound activities already accepted.
/// Rows are persistence classes, mapped to and from the domain records by the stores.
/// </summary>
/// <remarks>
/// Each provider has its own migrations assembly (<see cref="PlanStoreDatabase"/>). After a model change add the
/// migration to both, from the repository root (the tool is pinned in .config/dotnet-tools.json; run dotnet tool restore first):
/// <code>dotnet ef migrations add &lt;Name&gt; --project src/PlanBot.Data.Sqlite --output-dir Migrations</code>
/// <code>dotnet ef migrations add &lt;Name&gt; --project src/PlanBot.Data.PostgreSql --output-dir Migrations</code>
/// Each project's design-time factory supplies its provider's options, so no startup project is needed.
/// The host runs on each provider's compiled model (a start builds no model), so regenerate both after a model change
/// (<c>CompiledModelTests</c> fails until then):
/// <code>dotnet ef dbcontext optimize --project src/PlanBot.Data.Sqlite --output-dir CompiledModel --namespace PlanBot.Data.Sqlite.CompiledModel</code>
/// <code>dotnet ef dbcontext optimize --project src/PlanBot.Data.PostgreSql --output-dir CompiledModel --namespace PlanBot.Data.PostgreSql.CompiledModel</code>
/// Migrations are applied at start by <see cref="PlanStoreMigrator"/> (never EnsureCreated).
/// </remarks>
public sealed class PlanDbContext(DbContextOptions<PlanDbContext> options) : DbContext(options)
{
    public DbSet<PlanRow> Plan => Set<PlanRow>();

    public DbSet<StrategyRow> Strategies => Set<StrategyRow>();

    public DbSet<InitiativeRow> Initiatives => Set<InitiativeRow>();

    public DbSet<SubThemeRow> SubThemes => Set<SubThemeRow>();

    public DbSet<PlanItemRow> PlanItems => Set<PlanItemRow>();

    public DbSet<ProgressReportRow> ProgressReports => Set<ProgressReportRow>();

    public DbSet<ImportRunRow> ImportRuns => Set<ImportRunRow>();

    public DbSet<ConversationRow> Conversations => Set<ConversationRow>();

    public DbSet<PersonRow> People => Set<PersonRow>();

    public DbSet<OwnerAssignmentRow> OwnerAssignments => Set<OwnerAssignmentRow>();

    public DbSet<ReminderCycleRow> ReminderCycles => Set<ReminderCycleRow>();

    public DbSet<CycleRecipientRow> CycleRecipients => Set<CycleRecipientRow>();

    public DbSet<CardDeliveryRow> CardDeliveries => Set<CardDeliveryRow>();

    public DbSet<ProgressSubmissionRow> ProgressSubmissions => Set<ProgressSubmissionRow>();

    public DbSet<SubmissionReportRow> SubmissionReports => Set<SubmissionReportRow>();

    public DbSet<OutboxMessageRow> OutboxMessages => Set<OutboxMessageRow>();

    public DbSet<DigestChannelRow> DigestChannels => Set<DigestChannelRow>();

    public DbSet<StoreProbeRow> StoreProbe => Set<StoreProbeRow>();

    public DbSet<LeaseRow> Leases => Set<LeaseRow>();

    public DbSet<InboundActivityRow> InboundActivities => Set<InboundActivityRow>();

    public DbSet<StoreVersionRow> StoreVersions => Set<StoreVersionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlanDbContext).Assembly);
        CaseInsensitive.Apply(modelBuilder, this);
    }
}
