namespace PlanBot.Domain.Plans;

/// <summary>The bullet a plan item was written with; kept so the plan reads as its authors wrote it.</summary>
public enum PlanItemMarker
{
    /// <summary>No marker: plain text or an HTML list item without a symbol.</summary>
    None,

    /// <summary>■ an action.</summary>
    Action,

    /// <summary>○ a sub-action (usually under a ■).</summary>
    SubAction,

    /// <summary>◎ a target.</summary>
    Target,

    /// <summary>→ carried over from the previous quarter.</summary>
    CarriedOver,

    /// <summary>・ a detail line.</summary>
    Detail,
}
