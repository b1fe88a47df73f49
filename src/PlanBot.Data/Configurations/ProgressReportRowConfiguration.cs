using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class ProgressReportRowConfiguration : IEntityTypeConfiguration<ProgressReportRow>
{
    public void Configure(EntityTypeBuilder<ProgressReportRow> builder)
    {
        builder.ToTable("progress_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ReporterEmail).IsRequired();
        builder.Property(r => r.ReportedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(r => new { r.SubThemeId, r.FiscalYear, r.Quarter, r.ReportedAtUtc });

        // History must outlive any change to the plan: a sub-theme with reports can never be deleted.
        builder.HasOne(r => r.SubTheme)
            .WithMany()
            .HasForeignKey(r => r.SubThemeId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
