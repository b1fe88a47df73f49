using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlanBot.Data.Configurations;

/// <summary>
/// Text compared without regard to case (e-mail addresses, Entra object ids), in each engine's own way: SQLite's
/// NOCASE collation, and on PostgreSQL an ICU collation that ignores case (a nondeterministic collation, so unique
/// indexes and equality ignore case as on SQLite).
/// </summary>
internal static class CaseInsensitive
{
    /// <summary>The PostgreSQL collation's name, created by the first migration.</summary>
    public const string PostgreSqlCollation = "planbot_case_insensitive";

    private const string Annotation = "PlanBot:CaseInsensitive";

    public static PropertyBuilder<TText> IsCaseInsensitive<TText>(this PropertyBuilder<TText> property) =>
        property.HasAnnotation(Annotation, true);

    /// <summary>Gives every marked column the collation of the context's provider.</summary>
    public static void Apply(ModelBuilder modelBuilder, DbContext context)
    {
        var postgres = PlanStoreDatabase.IsPostgreSql(context.Database);
        if (postgres)
        {
            modelBuilder.HasCollation(PostgreSqlCollation, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        }

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.FindAnnotation(Annotation) is not null).ToList())
        {
            // The marker only says what is wanted; the collation is what the migrations record.
            ((IMutableProperty)property).RemoveAnnotation(Annotation);
            property.SetCollation(postgres ? PostgreSqlCollation : "NOCASE");
        }
    }
}
