namespace PlanBot.Domain.Import;

/// <summary>
/// Reads the action-plan document (tab-separated rows, HTML list cells, repeated page headers) into an
/// <see cref="Plans.ActionPlan"/>, with a report of every decision taken on irregular rows. Pure: no I/O, no state.
/// </summary>
/// <remarks>
/// Columns are matched to periods from each row's own evidence (cell counts, ◎/■ markers, the wording of yearly
/// cells), never from the header's positions, which do not line up with the data below them.
/// A document that cannot be read as a plan throws <see cref="PlanFormatException"/> with its line (and cell); a
/// partial plan is never returned.
/// </remarks>
public sealed class PlanDocumentParser
{
    /// <exception cref="PlanFormatException">The text is not a readable action plan.</exception>
    public ParsedPlan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PlanDocumentReader().Read(text);
    }
}
