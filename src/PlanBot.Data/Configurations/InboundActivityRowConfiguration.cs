using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class InboundActivityRowConfiguration : IEntityTypeConfiguration<InboundActivityRow>
{
    public void Configure(EntityTypeBuilder<InboundActivityRow> builder)
    {
        builder.ToTable("inbound_activities");
        builder.HasKey(a => a.Key);
        builder.Property(a => a.Key).HasMaxLength(1024);
        builder.Property(a => a.ExpiresAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(a => a.ExpiresAtUtc);
    }
}
