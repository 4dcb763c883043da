namespace Dyad.Analysis.Parsing;

/// <summary>
/// Stable 64-bit hashing for parser features. Never <see cref="string.GetHashCode()"/>: the model
/// stores these values, so they must be identical in every process.
/// </summary>
internal static class FeatureHash
{
    private const ulong P1 = 0x9E3779B97F4A7C15UL;
    private const ulong P2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong P3 = 0x165667B19E3779F9UL;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units, then a finaliser; <paramref name="lower"/> folds case.</summary>
    public static ulong String(ReadOnlySpan<char> s, bool lower = false)
    {
        ulong h = FnvOffset;
        foreach (char ch in s)
        {
            char c = lower ? char.ToLowerInvariant(ch) : ch;
            h = (h ^ c) * FnvPrime;
        }
        return Finish(h ^ (ulong)s.Length);
    }

    /// <summary>Hash of the last <paramref name="n"/> characters, lower-cased, salted apart from whole words.</summary>
    public static ulong Suffix(ReadOnlySpan<char> s, int n) =>
        Finish(String(s.Length > n ? s[^n..] : s, lower: true) ^ 0x5u);

    /// <summary>Word shape: X/x/d for upper/lower/digit, other characters kept, runs collapsed, at most 6 symbols.</summary>
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset ^ 0x77;
        char last = '\0';
        int len = 0;
        foreach (char ch in s)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (c == last) continue;
            last = c;
            h = (h ^ c) * FnvPrime;
            if (++len == 6) break;
        }
        return Finish(h);
    }

    /// <summary>A small integer value (label id, distance bucket, count) as a hash input.</summary>
    public static ulong Int(int value, ulong salt) => Finish(((ulong)(uint)value + 1) * P2 ^ salt);

    public static ulong Combine(int template, ulong a) => Finish(Step((ulong)template * P1, a));

    public static ulong Combine(int template, ulong a, ulong b) => Finish(Step(Step((ulong)template * P1, a), b));

    public static ulong Combine(int template, ulong a, ulong b, ulong c) =>
        Finish(Step(Step(Step((ulong)template * P1, a), b), c));

    private static ulong Step(ulong h, ulong v) => System.Numerics.BitOperations.RotateLeft(h ^ (v * P2), 31) * P3;

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
