using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class StrategyRowConfiguration : IEntityTypeConfiguration<StrategyRow>
{
    public void Configure(EntityTypeBuilder<StrategyRow> builder)
    {
        builder.ToTable("strategies");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.Number).IsUnique();
        builder.Property(s => s.Title).IsRequired();
    }
}
