using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class LeaseRowConfiguration : IEntityTypeConfiguration<LeaseRow>
{
    public void Configure(EntityTypeBuilder<LeaseRow> builder)
    {
        builder.ToTable("leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).IsRequired().HasMaxLength(256);
        builder.Property(l => l.ExpiresAtUtc).HasConversion(UtcDateTime.Converter);
    }
}
