using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class OwnerAssignmentRowConfiguration : IEntityTypeConfiguration<OwnerAssignmentRow>
{
    public void Configure(EntityTypeBuilder<OwnerAssignmentRow> builder)
    {
        builder.ToTable("owner_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Email).IsRequired().HasMaxLength(254).IsCaseInsensitive();
        builder.HasIndex(a => new { a.InitiativeNumber, a.SubThemeIndex });
    }
}
