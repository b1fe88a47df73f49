using System.Security.Cryptography;

namespace PlanBot.Domain.Plans;

/// <summary>Where an imported plan came from: a file name for the admin and the SHA-256 (hex) of its bytes.</summary>
public sealed record PlanSource(string Name, string Sha256)
{
    public static PlanSource FromBytes(string name, ReadOnlySpan<byte> content) =>
        new(name, Convert.ToHexStringLower(SHA256.HashData(content)));
}
