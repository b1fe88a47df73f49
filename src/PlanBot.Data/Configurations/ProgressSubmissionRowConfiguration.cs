using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;

namespace PlanBot.Data.Configurations;

internal sealed class ProgressSubmissionRowConfiguration : IEntityTypeConfiguration<ProgressSubmissionRow>
{
    public void Configure(EntityTypeBuilder<ProgressSubmissionRow> builder)
    {
        builder.ToTable("progress_submissions");
        builder.HasKey(s => s.Id);

        // The same submission delivered twice (a retried invoke carries the same id) is refused by the database itself.
        builder.Property(s => s.SubmissionId).IsRequired().HasMaxLength(SubmissionId.MaxLength);
        builder.HasIndex(s => s.SubmissionId).IsUnique();
        builder.Property(s => s.ReporterEmail).IsRequired();
        builder.Property(s => s.SubmittedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(s => s.CardId).HasMaxLength(OutboxEntry.MaxKeyLength);
        // A card answer looks for the reporter's last submission in the cycle (a double click is stored once): a seek on the
        // reporter, not a scan of every submission of the cycle in the last minute. Its cycle prefix serves the other reads.
        builder.HasIndex(s => new { s.CycleId, s.ReporterEmail, s.SubmittedAtUtc });
        builder.HasOne<ReminderCycleRow>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Reports).WithOne().HasForeignKey(r => r.ProgressSubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
