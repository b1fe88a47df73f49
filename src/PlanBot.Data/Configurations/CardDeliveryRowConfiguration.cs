using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Configurations;

internal sealed class CardDeliveryRowConfiguration : IEntityTypeConfiguration<CardDeliveryRow>
{
    public void Configure(EntityTypeBuilder<CardDeliveryRow> builder)
    {
        builder.ToTable("card_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.RecipientId, d.Kind, d.PartNumber }).IsUnique();
        builder.Property(d => d.ConversationId).IsRequired();
        builder.Property(d => d.ActivityId).IsRequired();
        builder.Property(d => d.SentAtUtc).HasConversion(UtcDateTime.Converter);
    }
}
