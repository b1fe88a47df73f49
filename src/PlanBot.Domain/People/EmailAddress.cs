using System.Net.Mail;

namespace PlanBot.Domain.People;

/// <summary>Checks an email address / UPN as written in a roster: a bare address, no display name, a dotted domain.</summary>
internal static class EmailAddress
{
    public static bool IsValid(string text)
    {
        if (text.Length is 0 or > 254 || text.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '"'))
        {
            return false;
        }

        // One '@' with something before it, and a domain with a dot that neither starts nor ends it.
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var domain = at > 0 && at == text.LastIndexOf('@') ? text[(at + 1)..] : string.Empty;
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return false;
        }

        return MailAddress.TryCreate(text, out var parsed) && string.Equals(parsed.Address, text, StringComparison.Ordinal);
    }

    /// <summary>Emails and UPNs are compared without regard to case.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;
}
