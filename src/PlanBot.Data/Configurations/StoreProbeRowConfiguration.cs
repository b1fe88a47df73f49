using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class StoreProbeRowConfiguration : IEntityTypeConfiguration<StoreProbeRow>
{
    public void Configure(EntityTypeBuilder<StoreProbeRow> builder)
    {
        builder.ToTable("store_probe");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CheckedAtUtc).HasConversion(UtcDateTime.Converter);
    }
}
