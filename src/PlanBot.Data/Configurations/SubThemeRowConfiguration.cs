using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class SubThemeRowConfiguration : IEntityTypeConfiguration<SubThemeRow>
{
    public void Configure(EntityTypeBuilder<SubThemeRow> builder)
    {
        builder.ToTable("sub_themes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Key).IsRequired().HasMaxLength(16);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => new { s.InitiativeId, s.Index }).IsUnique();
        builder.Property(s => s.Label).IsRequired(false);
        builder.HasOne(s => s.Initiative)
            .WithMany(i => i.SubThemes)
            .HasForeignKey(s => s.InitiativeId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
