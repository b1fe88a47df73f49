using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class ImportRunRowConfiguration : IEntityTypeConfiguration<ImportRunRow>
{
    public void Configure(EntityTypeBuilder<ImportRunRow> builder)
    {
        builder.ToTable("import_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ImportedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(r => r.SourceName).IsRequired();
        builder.Property(r => r.SourceSha256).IsRequired().HasMaxLength(64);
        builder.Property(r => r.ItemsPerPeriod).IsRequired();
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
