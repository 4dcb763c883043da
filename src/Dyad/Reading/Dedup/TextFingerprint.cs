using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Dyad.Reading.Dedup;

/// <summary>
/// A story text reduced for duplicate finding. The normalised text is its words (letters and
/// digits, NFKC, lower case) joined by single spaces, so layout, punctuation, quote styles and
/// entity spellings do not matter; <see cref="Exact"/> is its XxHash128. <see cref="Signature"/>
/// is a MinHash of its five-word shingles: the share of equal slots between two signatures
/// estimates the Jaccard similarity of their shingle sets (±0.05 at 128 slots). Hashes are stable
/// across processes and machines.
/// </summary>
public sealed class TextFingerprint
{
    /// <summary>Slots in a signature.</summary>
    public const int Slots = 128;

    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly ulong[] Addends = Seeds(0xD1B54A32D192ED03UL, odd: false);

    private TextFingerprint(UInt128 exact, ulong[]? signature, int words)
    {
        Exact = exact;
        Signature = signature;
        Words = words;
    }

    /// <summary>XxHash128 of the normalised text.</summary>
    public UInt128 Exact { get; }

    /// <summary>MinHash slots; null when the text is shorter than one shingle.</summary>
    public ulong[]? Signature { get; }

    /// <summary>Words in the normalised text.</summary>
    public int Words { get; }

    /// <summary>Fingerprints <paramref name="text"/>.</summary>
    public static TextFingerprint Of(string text)
    {
        var words = Normalise(text);
        var exact = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(string.Join(' ', words)));
        if (words.Count < ShingleWords) return new TextFingerprint(exact, null, words.Count);
        var signature = new ulong[Slots];
        Array.Fill(signature, ulong.MaxValue);
        var wordHashes = words.Select(w => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(w))).ToArray();
        Span<byte> buffer = stackalloc byte[8 * ShingleWords];
        for (int i = 0; i + ShingleWords <= wordHashes.Length; i++)
        {
            for (int k = 0; k < ShingleWords; k++) BinaryPrimitives.WriteUInt64LittleEndian(buffer[(8 * k)..], wordHashes[i + k]);
            ulong shingle = XxHash64.HashToUInt64(buffer);
            for (int s = 0; s < Slots; s++)
            {
                ulong h = Mix(shingle * Multipliers[s] + Addends[s]);
                if (h < signature[s]) signature[s] = h;
            }
        }
        return new TextFingerprint(exact, signature, words.Count);
    }

    /// <summary>A fingerprint read back from a saved index.</summary>
    internal static TextFingerprint Restore(UInt128 exact, ulong[]? signature) => new(exact, signature, 0);

    /// <summary>Estimated Jaccard similarity of two signatures' shingle sets.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        int equal = 0;
        for (int i = 0; i < Slots; i++) if (a[i] == b[i]) equal++;
        return equal / (double)Slots;
    }

    /// <summary>The words of <paramref name="text"/>: NFKC, lower case, letters and digits only.</summary>
    public static List<string> Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
                continue;
            }
            if (c is '\'' or '’' && word.Length > 0) continue;   // "Iran’s" and "Iran's" and "Irans" are one word
            if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] Seeds(ulong seed, bool odd)
    {
        var values = new ulong[Slots];
        ulong state = seed;
        for (int i = 0; i < Slots; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            values[i] = Mix(state) | (odd ? 1UL : 0UL);
        }
        return values;
    }
}
