using Dyad.Analysis.Learning;

namespace Dyad.Analysis.Tagging;

/// <summary>Feature templates of the tagger. Changing them invalidates trained models: bump <see cref="PerceptronTagger.FormatVersion"/>.</summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 56;

    private static ulong Tag(int cls) => cls < 0 ? 0xFFFF_FFFF_FFFF_FFFFUL : (ulong)cls;

    /// <summary>
    /// Writes the features of token <paramref name="i"/> (0-based) given the sentence context
    /// (padded by two on each side) and the two previous predicted classes (-1 before the start).
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenHashes> ctx, int i, int prev1, int prev2, Span<ulong> f) =>
        Extract(ctx, i, prev1, prev2, NoLookahead, NoLookahead, f);

    /// <summary>Marks "no first-pass tags": the single-pass feature set.</summary>
    public const int NoLookahead = -2;

    /// <summary>
    /// As above, plus the first pass's classes for the next two words (-1 past the end), which give
    /// the second pass the right-hand tag context a greedy left-to-right tagger lacks.
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenHashes> ctx, int i, int prev1, int prev2, int next1, int next2, Span<ulong> f)
    {
        ref readonly var w = ref ctx[i + 2];
        ref readonly var wm1 = ref ctx[i + 1];
        ref readonly var wm2 = ref ctx[i];
        ref readonly var wp1 = ref ctx[i + 3];
        ref readonly var wp2 = ref ctx[i + 4];
        ulong p1 = Tag(prev1), p2 = Tag(prev2);
        int n = 0;
        f[n++] = FeatureHash.Feature(0, 0);
        f[n++] = FeatureHash.Feature(1, w.Norm);
        f[n++] = FeatureHash.Feature(2, w.Form);
        f[n++] = FeatureHash.Feature(3, w.Suf1);
        f[n++] = FeatureHash.Feature(4, w.Suf2);
        f[n++] = FeatureHash.Feature(5, w.Suf3);
        f[n++] = FeatureHash.Feature(6, w.Suf4);
        f[n++] = FeatureHash.Feature(7, w.Pre1);
        f[n++] = FeatureHash.Feature(8, w.Pre2);
        f[n++] = FeatureHash.Feature(9, w.Pre3);
        f[n++] = FeatureHash.Feature(10, w.Shape);
        f[n++] = FeatureHash.Feature(11, (ulong)w.Flags);
        f[n++] = FeatureHash.Feature(12, p1);
        f[n++] = FeatureHash.Feature(13, p2);
        f[n++] = FeatureHash.Feature(14, p1, p2);
        f[n++] = FeatureHash.Feature(15, p1, w.Norm);
        f[n++] = FeatureHash.Feature(16, wm1.Norm);
        f[n++] = FeatureHash.Feature(17, wm2.Norm);
        f[n++] = FeatureHash.Feature(18, wp1.Norm);
        f[n++] = FeatureHash.Feature(19, wp2.Norm);
        f[n++] = FeatureHash.Feature(20, wm1.Suf3);
        f[n++] = FeatureHash.Feature(21, wp1.Suf3);
        f[n++] = FeatureHash.Feature(22, wm1.Shape);
        f[n++] = FeatureHash.Feature(23, wp1.Shape);
        f[n++] = FeatureHash.Feature(24, wm1.Norm, w.Norm);
        f[n++] = FeatureHash.Feature(25, w.Norm, wp1.Norm);
        f[n++] = FeatureHash.Feature(26, p1, w.Suf3);
        f[n++] = FeatureHash.Feature(27, p1, wp1.Norm);
        f[n++] = FeatureHash.Feature(28, wm1.Norm, wp1.Norm);
        f[n++] = FeatureHash.Feature(29, w.Shape, p1);
        f[n++] = FeatureHash.Feature(30, wp2.Suf3);
        f[n++] = FeatureHash.Feature(31, wp1.Norm, wp2.Norm);
        f[n++] = FeatureHash.Feature(32, w.Suf2, wp1.Suf2);
        f[n++] = FeatureHash.Feature(33, (ulong)w.Flags, (ulong)wp1.Flags);
        f[n++] = FeatureHash.Feature(34, w.Amb);
        f[n++] = FeatureHash.Feature(35, wp1.Amb);
        f[n++] = FeatureHash.Feature(36, wp2.Amb);
        f[n++] = FeatureHash.Feature(37, w.Amb, wp1.Amb);
        f[n++] = FeatureHash.Feature(38, p1, w.Amb);
        f[n++] = FeatureHash.Feature(39, w.Amb, wm1.Amb);
        if (next1 == NoLookahead) return n;
        ulong n1 = Tag(next1), n2 = Tag(next2);
        f[n++] = FeatureHash.Feature(40, n1);
        f[n++] = FeatureHash.Feature(41, n2);
        f[n++] = FeatureHash.Feature(42, n1, n2);
        f[n++] = FeatureHash.Feature(43, p1, n1);
        f[n++] = FeatureHash.Feature(44, n1, w.Norm);
        f[n++] = FeatureHash.Feature(45, n1, w.Suf3);
        f[n++] = FeatureHash.Feature(46, n1, w.Amb);
        f[n++] = FeatureHash.Feature(47, n1, wp1.Norm);
        return n;
    }
}
