using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class PlanItemRowConfiguration : IEntityTypeConfiguration<PlanItemRow>
{
    public void Configure(EntityTypeBuilder<PlanItemRow> builder)
    {
        builder.ToTable("plan_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.PeriodCode).IsRequired().HasMaxLength(8);
        builder.Property(i => i.Marker).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Text).IsRequired();
        builder.HasIndex(i => new { i.SubThemeId, i.PeriodCode, i.Ordinal }).IsUnique();
        builder.HasOne(i => i.SubTheme)
            .WithMany(s => s.Items)
            .HasForeignKey(i => i.SubThemeId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
