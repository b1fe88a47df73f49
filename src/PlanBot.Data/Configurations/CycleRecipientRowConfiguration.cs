using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class CycleRecipientRowConfiguration : IEntityTypeConfiguration<CycleRecipientRow>
{
    public void Configure(EntityTypeBuilder<CycleRecipientRow> builder)
    {
        builder.ToTable("cycle_recipients");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).IsRequired();
        builder.Property(r => r.Email).IsRequired().HasMaxLength(254).IsCaseInsensitive();
        builder.HasIndex(r => new { r.CycleId, r.Email }).IsUnique();
        builder.Property(r => r.AadObjectId).HasMaxLength(36);
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Deliveries).WithOne().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
