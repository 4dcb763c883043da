namespace Dyad.Build;

/// <summary>Small helpers shared by the builders.</summary>
internal static class BuildArgs
{
    /// <summary>The value after <paramref name="flag"/>, or <paramref name="fallback"/>.</summary>
    public static string Get(IReadOnlyList<string> args, string flag, string fallback)
    {
        int i = args.ToList().IndexOf(flag);
        return i >= 0 && i + 1 < args.Count ? args[i + 1] : fallback;
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
