using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Digest;

/// <summary>
/// What a digest may show: everything (the team channel, managers, admins), or a member's own items plus those of
/// their 担当部署 (a member asking for <c>ダイジェスト</c> in a chat). A member's digest never names another
/// department's people or lists its items.
/// </summary>
public sealed record DigestScope
{
    private DigestScope(Person? member) => Member = member;

    /// <summary>The whole plan: the channel digest.</summary>
    public static DigestScope Everything { get; } = new((Person?)null);

    /// <summary>The person the digest is limited to; null for <see cref="Everything"/>.</summary>
    public Person? Member { get; }

    public bool IsEverything => Member is null;

    /// <summary>A member's own sub-themes and those of their department's initiatives.</summary>
    public static DigestScope OwnAndDepartment(Person member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new DigestScope(member);
    }

    /// <summary>The scope of an on-demand digest: managers and admins see everything, members their own and their department's.</summary>
    public static DigestScope ForAsker(Person asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return asker.Role >= PersonRole.Manager ? Everything : OwnAndDepartment(asker);
    }

    internal bool Includes(Initiative initiative, SubTheme subTheme, Ownership ownership) =>
        Member is null
        || ownership.IsOwner(Member, subTheme.Key)
        || (Member.Department is { } department && string.Equals(initiative.Department, department, StringComparison.Ordinal));

    /// <summary>Whether a person may be named: in a member's digest only the member and their department's people.</summary>
    internal bool MayName(Person person) =>
        Member is null
        || EmailAddress.Comparer.Equals(person.Email, Member.Email)
        || (Member.Department is { } department && string.Equals(person.Department, department, StringComparison.Ordinal));
}
