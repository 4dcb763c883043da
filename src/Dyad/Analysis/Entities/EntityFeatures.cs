using Dyad.Analysis.Learning;
using Dyad.Analysis.Tagging;

namespace Dyad.Analysis.Entities;

/// <summary>Per-sentence inputs of the NER features: word hashes, UPOS hashes and gazetteer bits, padded by two on each side.</summary>
internal readonly ref struct EntityContext(ReadOnlySpan<TokenHashes> words, ReadOnlySpan<ulong> upos, ReadOnlySpan<int> gazetteer)
{
    public readonly ReadOnlySpan<TokenHashes> Words = words;
    public readonly ReadOnlySpan<ulong> Upos = upos;
    public readonly ReadOnlySpan<int> Gazetteer = gazetteer;
}

/// <summary>NER feature templates. Changing them invalidates trained models: bump <see cref="EntityRecognizer.FormatVersion"/>.</summary>
internal static class EntityFeatures
{
    public const int MaxFeatures = 40;
    private static readonly ulong Pad = FeatureHash.Of("-PAD-");
    private static readonly IReadOnlyDictionary<ulong, ulong> NoAmbiguity = new Dictionary<ulong, ulong>();

    public static void FillContext(IReadOnlyList<string> words, IReadOnlyList<string> upos, Span<TokenHashes> ctx, Span<ulong> uposHashes)
    {
        WordFeatures.ComputeSentence(words, ctx, NoAmbiguity);
        uposHashes[0] = uposHashes[1] = Pad;
        for (int i = 0; i < words.Count; i++) uposHashes[i + 2] = FeatureHash.Of(upos[i]);
        uposHashes[words.Count + 2] = uposHashes[words.Count + 3] = Pad;
    }

    /// <summary>The feature whose weights are the transition scores from <paramref name="prev"/> (-1 = sentence start).</summary>
    public static ulong Transition(int prev) => FeatureHash.Feature(17, (ulong)(prev + 1));

    /// <summary>Emission features of word <paramref name="i"/>: no label history (that is in <see cref="Transition"/>).</summary>
    public static int Extract(in EntityContext c, int i, Span<ulong> f)
    {
        ref readonly var w = ref c.Words[i + 2];
        ref readonly var wm1 = ref c.Words[i + 1];
        ref readonly var wm2 = ref c.Words[i];
        ref readonly var wp1 = ref c.Words[i + 3];
        ref readonly var wp2 = ref c.Words[i + 4];
        ulong u = c.Upos[i + 2], um1 = c.Upos[i + 1], up1 = c.Upos[i + 3];
        ulong g = (ulong)c.Gazetteer[i + 2], gm1 = (ulong)c.Gazetteer[i + 1], gp1 = (ulong)c.Gazetteer[i + 3];
        int n = 0;
        f[n++] = FeatureHash.Feature(0, 0);
        f[n++] = FeatureHash.Feature(1, w.Norm);
        f[n++] = FeatureHash.Feature(2, w.Form);
        f[n++] = FeatureHash.Feature(3, w.Suf2);
        f[n++] = FeatureHash.Feature(4, w.Suf3);
        f[n++] = FeatureHash.Feature(5, w.Suf4);
        f[n++] = FeatureHash.Feature(6, w.Shape);
        f[n++] = FeatureHash.Feature(7, (ulong)w.Flags);
        f[n++] = FeatureHash.Feature(8, u);
        f[n++] = FeatureHash.Feature(9, um1);
        f[n++] = FeatureHash.Feature(10, up1);
        f[n++] = FeatureHash.Feature(11, wm1.Norm);
        f[n++] = FeatureHash.Feature(12, wp1.Norm);
        f[n++] = FeatureHash.Feature(13, wm2.Norm);
        f[n++] = FeatureHash.Feature(14, wp2.Norm);
        f[n++] = FeatureHash.Feature(15, wm1.Shape);
        f[n++] = FeatureHash.Feature(16, wp1.Shape);
        f[n++] = FeatureHash.Feature(21, g);
        f[n++] = FeatureHash.Feature(22, gm1);
        f[n++] = FeatureHash.Feature(23, gp1);
        f[n++] = FeatureHash.Feature(24, g, w.Shape);
        f[n++] = FeatureHash.Feature(25, wm1.Norm, w.Norm);
        f[n++] = FeatureHash.Feature(26, w.Norm, wp1.Norm);
        f[n++] = FeatureHash.Feature(27, u, w.Shape);
        f[n++] = FeatureHash.Feature(28, um1, u, up1);
        f[n++] = FeatureHash.Feature(30, w.Pre2);
        f[n++] = FeatureHash.Feature(31, (ulong)w.Flags, (ulong)wm1.Flags);
        return n;
    }
}
