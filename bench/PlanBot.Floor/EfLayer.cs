using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace PlanBot.Floor;

/// <summary>
/// EF Core as PlanBot uses it: a context of three related entities on the SQLite file, configured through a provider
/// switch that names Npgsql too (PlanBot's <c>PlanStoreDatabase.Configure</c>), a pooled context factory, a connection
/// interceptor setting pragmas, and per request one compiled query and one insert. The tables are created at start
/// (PlanBot runs its migrations instead).
/// </summary>
internal sealed class EfLayer : ILayer
{
    private static readonly Func<FloorContext, string, IAsyncEnumerable<FloorReport>> LatestReports =
        EF.CompileAsyncQuery((FloorContext context, string owner) => context.Reports
            .Where(r => r.Owner.Email == owner)
            .OrderByDescending(r => r.ReportedAt)
            .Take(2));

    public static ILayer Add(IServiceCollection services, string connectionString)
    {
        // PlanBot picks the provider from its configuration; here always SQLite, the switch kept so Npgsql is referenced as there.
        var postgres = false;
        services.AddPooledDbContextFactory<FloorContext>(builder => Configure(builder, postgres, connectionString));
        return new EfLayer();
    }

    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, bool postgres, string connectionString) => postgres
        ? builder.UseNpgsql(connectionString)
        : builder.UseSqlite(connectionString).AddInterceptors(new PragmaInterceptor());

    public async Task AfterStartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<FloorContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        // The file already holds the bare layer's table, so EnsureCreated would see a database and create nothing.
        var exists = await context.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'Owners'").SingleAsync(cancellationToken);
        if (exists == 0)
        {
            await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
            context.Owners.Add(new FloorOwner { Email = "owner@example.com", Name = "担当者" });
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task OnTurnAsync(IServiceProvider services, Turn turn, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<FloorContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var latest = new List<FloorReport>(2);
        await foreach (var report in LatestReports(context, "owner@example.com").WithCancellation(cancellationToken))
        {
            latest.Add(report);
        }

        var owner = await context.Owners.SingleAsync(o => o.Email == "owner@example.com", cancellationToken);
        var submission = new FloorSubmission { ActivityId = turn.ActivityId, SubmittedAt = DateTime.UtcNow };
        submission.Reports.Add(new FloorReport { Owner = owner, Status = turn.Text.Length % 2 == 0 ? "順調" : "遅延", ReportedAt = submission.SubmittedAt, Previous = latest.Count });
        context.Submissions.Add(submission);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>As PlanBot's pragma interceptor: a busy timeout on every connection EF opens.</summary>
    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout=5000;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

internal sealed class FloorContext(DbContextOptions<FloorContext> options) : DbContext(options)
{
    public DbSet<FloorOwner> Owners => Set<FloorOwner>();

    public DbSet<FloorSubmission> Submissions => Set<FloorSubmission>();

    public DbSet<FloorReport> Reports => Set<FloorReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FloorOwner>().HasIndex(o => o.Email).IsUnique();
        modelBuilder.Entity<FloorReport>().HasIndex(r => new { r.OwnerId, r.ReportedAt });
        modelBuilder.Entity<FloorSubmission>().HasMany(s => s.Reports).WithOne(r => r.Submission);
    }
}

internal sealed class FloorOwner
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public required string Name { get; set; }
}

internal sealed class FloorSubmission
{
    public int Id { get; set; }

    public required string ActivityId { get; set; }

    public DateTime SubmittedAt { get; set; }

    public List<FloorReport> Reports { get; } = [];
}

internal sealed class FloorReport
{
    public int Id { get; set; }

    public int OwnerId { get; set; }

    public FloorOwner Owner { get; set; } = null!;

    public int SubmissionId { get; set; }

    public FloorSubmission Submission { get; set; } = null!;

    public required string Status { get; set; }

    public DateTime ReportedAt { get; set; }

    public int Previous { get; set; }
}
