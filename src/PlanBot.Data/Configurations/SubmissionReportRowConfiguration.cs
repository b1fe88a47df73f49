using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class SubmissionReportRowConfiguration : IEntityTypeConfiguration<SubmissionReportRow>
{
    public void Configure(EntityTypeBuilder<SubmissionReportRow> builder)
    {
        builder.ToTable("submission_reports");
        builder.HasKey(l => new { l.ProgressSubmissionId, l.ProgressReportId });

        // A report comes with at most one submission.
        builder.HasIndex(l => l.ProgressReportId).IsUnique();
        builder.HasOne(l => l.Report).WithOne().HasForeignKey<SubmissionReportRow>(l => l.ProgressReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
