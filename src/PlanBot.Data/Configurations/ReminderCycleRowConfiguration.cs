using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class ReminderCycleRowConfiguration : IEntityTypeConfiguration<ReminderCycleRow>
{
    public void Configure(EntityTypeBuilder<ReminderCycleRow> builder)
    {
        builder.ToTable("reminder_cycles");
        builder.HasKey(c => c.Id);

        // A quarter has at most one cycle: a second opening (a re-fired job, a second manual run) cannot slip in beside it.
        builder.HasIndex(c => new { c.FiscalYear, c.Quarter }).IsUnique();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.OpenedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(c => c.ClosedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(c => c.FollowUpStartedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(c => c.ManagerNoticeIssuedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasMany(c => c.Recipients).WithOne().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
