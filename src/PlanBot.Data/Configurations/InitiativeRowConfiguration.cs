using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class InitiativeRowConfiguration : IEntityTypeConfiguration<InitiativeRow>
{
    public void Configure(EntityTypeBuilder<InitiativeRow> builder)
    {
        builder.ToTable("initiatives");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.Title).IsRequired();
        builder.Property(i => i.Department).IsRequired(false);
        builder.HasOne(i => i.Strategy)
            .WithMany(s => s.Initiatives)
            .HasForeignKey(i => i.StrategyId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
