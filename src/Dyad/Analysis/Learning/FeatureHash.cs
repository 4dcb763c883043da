using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dyad.Analysis.Learning;

/// <summary>
/// Stable 64-bit feature hashes: a feature is a template id combined with one or more value
/// hashes, so feature extraction allocates no strings. Hashes are stable across processes and
/// platforms (XxHash3 over UTF-16 code units plus a SplitMix64 combiner); models store them.
/// </summary>
public static class FeatureHash
{
    /// <summary>Hashes the UTF-16 code units of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));

    /// <summary>Combines two hashes; order matters (<c>Combine(a, b) != Combine(b, a)</c>).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ Mix(b + 0x9E3779B97F4A7C15UL));

    /// <summary>Combines a template id with one value hash.</summary>
    public static ulong Feature(int template, ulong value) => Combine((ulong)template * 0xD6E8FEB86659FD93UL, value);

    /// <summary>Combines a template id with two value hashes.</summary>
    public static ulong Feature(int template, ulong a, ulong b) => Combine(Feature(template, a), b);

    /// <summary>Combines a template id with three value hashes.</summary>
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Combine(Feature(template, a, b), c);

    /// <summary>SplitMix64 finaliser: a bijective avalanche mix.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
