using Dyad.Analysis.Learning;

namespace Dyad.Analysis.Tagging;

/// <summary>Pre-hashed lexical views of one token, computed once per sentence and shared by all templates.</summary>
internal struct TokenHashes
{
    public ulong Form;
    public ulong Norm;
    public ulong Suf1, Suf2, Suf3, Suf4;
    public ulong Pre1, Pre2, Pre3;
    public ulong Shape;
    public ulong Amb; // ambiguity class: the tags the word had in training, or a constant for rare words
    public int Flags;
}

/// <summary>
/// Word normalisation and shape, allocation-free. The norm is the lower-cased form with every
/// digit mapped to '0', so "1999" and "2005" share statistics.
/// </summary>
internal static class WordFeatures
{
    public const int FlagHyphen = 1, FlagDigit = 2, FlagInitUpper = 4, FlagAllUpper = 8, FlagFirst = 16, FlagHasLetter = 32;
    private const int MaxLen = 64;

    /// <summary>Sentinel for positions before the sentence start / after its end.</summary>
    public static readonly TokenHashes Start = Sentinel("-START-");
    public static readonly TokenHashes End = Sentinel("-END-");
    public static readonly ulong UnknownAmbiguity = FeatureHash.Of("-UNK-");

    private static TokenHashes Sentinel(string s)
    {
        ulong h = FeatureHash.Of(s);
        return new TokenHashes { Form = h, Norm = h, Suf1 = h, Suf2 = h, Suf3 = h, Suf4 = h, Pre1 = h, Pre2 = h, Pre3 = h, Shape = h, Amb = h, Flags = 0 };
    }

    public static void Compute(string word, bool first, out TokenHashes t)
    {
        var w = word.AsSpan(0, Math.Min(word.Length, MaxLen));
        Span<char> norm = stackalloc char[w.Length];
        Span<char> shape = stackalloc char[w.Length];
        int shapeLen = 0, run = 0;
        char last = '\0';
        int flags = first ? FlagFirst : 0;
        bool allUpper = true, anyLetter = false;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char s;
            if (char.IsDigit(c)) { norm[i] = '0'; s = 'd'; flags |= FlagDigit; }
            else if (char.IsUpper(c)) { norm[i] = char.ToLowerInvariant(c); s = 'X'; anyLetter = true; if (i == 0) flags |= FlagInitUpper; }
            else if (char.IsLetter(c)) { norm[i] = c; s = 'x'; anyLetter = true; allUpper = false; }
            else { norm[i] = c; s = c; if (c == '-') flags |= FlagHyphen; }
            if (s == last) run++; else { run = 0; last = s; }
            if (run < 4) shape[shapeLen++] = s;
        }
        if (anyLetter) flags |= FlagHasLetter;
        if (anyLetter && allUpper) flags |= FlagAllUpper;
        var n = (ReadOnlySpan<char>)norm;
        t = new TokenHashes
        {
            Form = FeatureHash.Of(word),
            Norm = FeatureHash.Of(n),
            Suf1 = FeatureHash.Of(n[^Math.Min(1, n.Length)..]),
            Suf2 = FeatureHash.Of(n[^Math.Min(2, n.Length)..]),
            Suf3 = FeatureHash.Of(n[^Math.Min(3, n.Length)..]),
            Suf4 = FeatureHash.Of(n[^Math.Min(4, n.Length)..]),
            Pre1 = FeatureHash.Of(n[..Math.Min(1, n.Length)]),
            Pre2 = FeatureHash.Of(n[..Math.Min(2, n.Length)]),
            Pre3 = FeatureHash.Of(n[..Math.Min(3, n.Length)]),
            Shape = FeatureHash.Of(shape[..shapeLen]),
            Flags = flags,
        };
    }

    /// <summary>Fills <paramref name="ctx"/> (length n + 4) with token hashes padded by two sentinels on each side.</summary>
    public static void ComputeSentence(IReadOnlyList<string> words, Span<TokenHashes> ctx, IReadOnlyDictionary<ulong, ulong> ambiguity)
    {
        ctx[0] = Start;
        ctx[1] = Start;
        for (int i = 0; i < words.Count; i++)
        {
            Compute(words[i], i == 0, out ctx[i + 2]);
            ctx[i + 2].Amb = ambiguity.TryGetValue(ctx[i + 2].Norm, out var amb) ? amb : UnknownAmbiguity;
        }
        ctx[words.Count + 2] = End;
        ctx[words.Count + 3] = End;
    }
}
