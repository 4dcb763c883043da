using System.Security.Cryptography;
using System.Text;

namespace Dyad.Server.Security;

/// <summary>
/// The start-up key that writes need. Compared in constant time over SHA-256 digests, so neither the
/// key's length nor its prefix leaks through timing; the key itself is never logged or echoed.
/// </summary>
internal sealed class ApiKey(string key)
{
    private readonly byte[] _digest = SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>True when the request carries the key in <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.</summary>
    public bool Accepts(HttpRequest request)
    {
        string? given = request.Headers["X-Api-Key"].FirstOrDefault();
        if (given is null && request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            given = auth["Bearer ".Length..].Trim();
        if (given is null) return false;
        return CryptographicOperations.FixedTimeEquals(_digest, SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }
}
