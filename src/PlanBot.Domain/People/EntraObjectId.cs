namespace PlanBot.Domain.People;

/// <summary>
/// Entra (Azure AD) object ids in one written form: a GUID however written ("{0F8F…}", capitals, no hyphens) is stored
/// and compared as lowercase "0f8fad5b-d9cb-469f-a165-70867728950e", so a roster row, a Teams activity and a member
/// list name the same person alike.
/// </summary>
public static class EntraObjectId
{
    /// <summary>The GUID in its one form; text that is not a GUID is kept trimmed; blank is null.</summary>
    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Guid.TryParse(value, out var id) ? id.ToString("D")
        : value.Trim();
}
