namespace PlanBot.Data.Rows;

/// <summary>A plan row that is retired, never deleted, when a re-import no longer has it: history may point at it.</summary>
public interface IRetirableRow
{
    bool IsRetired { get; set; }
}
