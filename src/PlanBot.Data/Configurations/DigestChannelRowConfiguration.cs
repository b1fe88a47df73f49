using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class DigestChannelRowConfiguration : IEntityTypeConfiguration<DigestChannelRow>
{
    public void Configure(EntityTypeBuilder<DigestChannelRow> builder)
    {
        builder.ToTable("digest_channels");
        builder.HasKey(c => c.ChannelId);
        builder.Property(c => c.ChannelId).HasMaxLength(256);
        builder.Property(c => c.TeamId).HasMaxLength(256);
        builder.Property(c => c.ChosenByEmail).IsRequired().HasMaxLength(254);
        builder.Property(c => c.StoppedByEmail).HasMaxLength(254);
        builder.Property(c => c.ChosenAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(c => c.StoppedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(c => c.LastPostedAtUtc).HasConversion(UtcDateTime.Converter);

        // The runner's query (active channels) and the one-channel-per-team rule (active channels of a team).
        builder.HasIndex(c => new { c.IsActive, c.TeamId });
    }
}
