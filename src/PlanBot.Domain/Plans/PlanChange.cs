namespace PlanBot.Domain.Plans;

/// <summary>
/// One difference a re-import made to the stored plan. <see cref="Subject"/> names what changed ("initiative 5",
/// "sub-theme 5-2", "cell 5-2 2024Q1"); <see cref="Detail"/> says how, in English, for logs and the CLI.
/// </summary>
public sealed record PlanChange(PlanChangeKind Kind, string Subject, string Detail)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Subject}: {Detail}";
}
