using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;
using PlanBot.Data.Stores;

namespace PlanBot.Data.Configurations;

internal sealed class StoreVersionRowConfiguration : IEntityTypeConfiguration<StoreVersionRow>
{
    public void Configure(EntityTypeBuilder<StoreVersionRow> builder)
    {
        builder.ToTable("store_versions");
        builder.HasKey(v => v.Name);
        builder.Property(v => v.Name).HasMaxLength(16);
        builder.HasData(
            new StoreVersionRow { Name = StoreVersions.Plan, Version = 0 },
            new StoreVersionRow { Name = StoreVersions.Roster, Version = 0 },
            new StoreVersionRow { Name = StoreVersions.Progress, Version = 0 });
    }
}
