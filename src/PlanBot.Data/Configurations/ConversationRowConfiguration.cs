using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class ConversationRowConfiguration : IEntityTypeConfiguration<ConversationRow>
{
    public void Configure(EntityTypeBuilder<ConversationRow> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.ConversationId);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.UpdatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.HasIndex(c => c.UserAadObjectId);
        builder.HasIndex(c => c.TeamId);
        builder.HasIndex(c => c.ServiceUrlKey);
    }
}
