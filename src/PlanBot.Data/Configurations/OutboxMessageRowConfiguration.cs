using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlanBot.Data.Rows;
using PlanBot.Domain.Outbox;

namespace PlanBot.Data.Configurations;

internal sealed class OutboxMessageRowConfiguration : IEntityTypeConfiguration<OutboxMessageRow>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRow> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).IsRequired().HasMaxLength(32);
        builder.Property(m => m.IdempotencyKey).IsRequired().HasMaxLength(OutboxEntry.MaxKeyLength);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.CreatedAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(m => m.NextAttemptAtUtc).HasConversion(UtcDateTime.Converter);
        builder.Property(m => m.SentAtUtc).HasConversion(UtcDateTime.Converter);

        // The sender's query: pending messages that are due, oldest due first.
        builder.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
    }
}
