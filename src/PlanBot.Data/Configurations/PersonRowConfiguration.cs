using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class PersonRowConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public void Configure(EntityTypeBuilder<PersonRow> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).IsRequired();

        // Emails (UPNs) are compared without regard to case, so the database refuses two that differ only in case.
        builder.Property(p => p.Email).IsRequired().HasMaxLength(254).IsCaseInsensitive();
        builder.HasIndex(p => p.Email).IsUnique();
        builder.Property(p => p.AadObjectId).HasMaxLength(36).IsCaseInsensitive();
        builder.HasIndex(p => p.AadObjectId).IsUnique();
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
    }
}
