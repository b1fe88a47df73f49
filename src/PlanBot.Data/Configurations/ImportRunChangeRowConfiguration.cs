using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class ImportRunChangeRowConfiguration : IEntityTypeConfiguration<ImportRunChangeRow>
{
    public void Configure(EntityTypeBuilder<ImportRunChangeRow> builder)
    {
        builder.ToTable("import_run_changes");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ImportRunId, c.Ordinal }).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Subject).IsRequired();
        builder.Property(c => c.Detail).IsRequired();
    }
}
