using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class ImportRunDecisionRowConfiguration : IEntityTypeConfiguration<ImportRunDecisionRow>
{
    public void Configure(EntityTypeBuilder<ImportRunDecisionRow> builder)
    {
        builder.ToTable("import_run_decisions");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.ImportRunId, d.Ordinal }).IsUnique();
        builder.Property(d => d.Found).IsRequired();
        builder.Property(d => d.Decided).IsRequired();
    }
}
