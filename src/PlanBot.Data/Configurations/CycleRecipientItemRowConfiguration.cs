using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class CycleRecipientItemRowConfiguration : IEntityTypeConfiguration<CycleRecipientItemRow>
{
    public void Configure(EntityTypeBuilder<CycleRecipientItemRow> builder)
    {
        builder.ToTable("cycle_recipient_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.SubThemeKey).IsRequired().HasMaxLength(16);
        builder.HasIndex(i => new { i.RecipientId, i.SubThemeKey }).IsUnique();
    }
}
