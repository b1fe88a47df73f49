namespace PlanBot.Domain.Plans;

/// <summary>
/// One bullet of a plan cell, in document order. <see cref="Depth"/> is 0 for a top-level item and 1 for an item
/// nested under the nearest preceding item of lower depth (a ○ under its ■).
/// <see cref="Text"/> is the wording without the marker, whitespace normalised, otherwise exactly as written.
/// </summary>
public sealed record PlanItem(PlanItemMarker Marker, string Text, int Depth = 0)
{
    public static char? Symbol(PlanItemMarker marker) => marker switch
    {
        PlanItemMarker.Action => '■',
        PlanItemMarker.SubAction => '○',
        PlanItemMarker.Target => '◎',
        PlanItemMarker.CarriedOver => '→',
        PlanItemMarker.Detail => '・',
        _ => null,
    };

    /// <summary>The item as written, marker included ("■課題整理").</summary>
    public override string ToString() => Symbol(Marker) is { } s ? $"{s}{Text}" : Text;
}
