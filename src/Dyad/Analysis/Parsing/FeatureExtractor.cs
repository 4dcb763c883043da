namespace Dyad.Analysis.Parsing;

/// <summary>
/// Per-sentence token attributes hashed once (word, tags, lemma, suffix, shape), so that feature
/// extraction combines ulongs and never allocates. Index 0 is the artificial root.
/// </summary>
internal sealed class SentenceAttributes
{
    public readonly ulong[] Word, Xpos, Upos, Lemma, Suffix, Shape;

    public SentenceAttributes(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos,
        IReadOnlyList<string>? lemmas)
    {
        int n = words.Count;
        Word = new ulong[n + 1];
        Xpos = new ulong[n + 1];
        Upos = new ulong[n + 1];
        Lemma = new ulong[n + 1];
        Suffix = new ulong[n + 1];
        Shape = new ulong[n + 1];
        Word[0] = Xpos[0] = Upos[0] = Lemma[0] = Suffix[0] = Shape[0] = FeatureExtractor.RootValue;
        for (int i = 0; i < n; i++)
        {
            string w = words[i];
            Word[i + 1] = FeatureHash.String(w, lower: true);
            Xpos[i + 1] = FeatureHash.String(xpos[i]) ^ 0x1111;
            Upos[i + 1] = FeatureHash.String(upos[i]) ^ 0x2222;
            string? lemma = lemmas?[i];
            Lemma[i + 1] = lemma is null || lemma == "_" ? Word[i + 1] : FeatureHash.String(lemma, lower: true);
            Suffix[i + 1] = FeatureHash.Suffix(w, 3);
            Shape[i + 1] = FeatureHash.Shape(w);
        }
    }

    public int Length => Word.Length - 1;
}

/// <summary>
/// Zhang &amp; Nivre (2011) style feature templates adapted to arc-hybrid (stack words s0–s2,
/// buffer words b0–b2, left/right-most children, valency, distance, label sets), plus lemma,
/// suffix, shape and UPOS templates so that predicted tags degrade accuracy gracefully.
/// </summary>
internal static class FeatureExtractor
{
    public const int Count = 106;

    /// <summary>Version of the template set; stored in the model and checked on load.</summary>
    public const int TemplateVersion = 1;

    public static readonly ulong NoneValue = FeatureHash.String("<NONE>") ^ 0x3333;
    public static readonly ulong RootValue = FeatureHash.String("<ROOT>") ^ 0x4444;

    private static readonly ulong[] LabelValues = Enumerable.Range(0, 128).Select(i => FeatureHash.Int(i, 0xABCD)).ToArray();
    private static readonly ulong[] SmallInts = Enumerable.Range(0, 64).Select(i => FeatureHash.Int(i, 0x5151)).ToArray();

    public static void Extract(ParserState st, SentenceAttributes a, Span<ulong> f)
    {
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        int b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        int s0l = Child(st.LeftChild1, s0), s0l2 = Child(st.LeftChild2, s0);
        int s0r = Child(st.RightChild1, s0), s0r2 = Child(st.RightChild2, s0);
        int s1l = Child(st.LeftChild1, s1), s1r = Child(st.RightChild1, s1);
        int b0l = Child(st.LeftChild1, b0), b0l2 = Child(st.LeftChild2, b0);

        ulong s0w = V(a.Word, s0), s0p = V(a.Xpos, s0), s1w = V(a.Word, s1), s1p = V(a.Xpos, s1);
        ulong b0w = V(a.Word, b0), b0p = V(a.Xpos, b0), b1w = V(a.Word, b1), b1p = V(a.Xpos, b1);
        ulong b2w = V(a.Word, b2), b2p = V(a.Xpos, b2), s2w = V(a.Word, s2), s2p = V(a.Xpos, s2);
        ulong s0lp = V(a.Xpos, s0l), s0rp = V(a.Xpos, s0r), b0lp = V(a.Xpos, b0l);
        ulong s1lp = V(a.Xpos, s1l), s1rp = V(a.Xpos, s1r);
        ulong s0ll = L(st, s0l), s0rl = L(st, s0r), b0ll = L(st, b0l), s1ll = L(st, s1l), s1rl = L(st, s1r);
        ulong s0l2l = L(st, s0l2), s0r2l = L(st, s0r2), b0l2l = L(st, b0l2);

        // Distances are bucketed; the root at the end of the buffer counts as position n + 1.
        int b0pos = b0 == 0 ? st.Length + 1 : b0;
        ulong d = s0 < 0 ? NoneValue : SmallInts[Bucket(b0pos - s0)];
        ulong d1 = s1 < 0 ? NoneValue : SmallInts[Bucket(s0 - s1)];
        ulong s0vl = Valency(st.LeftCount, s0), s0vr = Valency(st.RightCount, s0);
        ulong b0vl = Valency(st.LeftCount, b0), s1vr = Valency(st.RightCount, s1);
        ulong s0sl = s0 < 0 ? NoneValue : st.LeftLabels[s0] * 0x9E3779B97F4A7C15UL + 1;
        ulong s0sr = s0 < 0 ? NoneValue : st.RightLabels[s0] * 0x9E3779B97F4A7C15UL + 2;
        ulong b0sl = b0 < 0 ? NoneValue : st.LeftLabels[b0] * 0x9E3779B97F4A7C15UL + 1;
        ulong s1sr = s1 < 0 ? NoneValue : st.RightLabels[s1] * 0x9E3779B97F4A7C15UL + 2;

        int i = 0;
        // Single words.
        f[i++] = FeatureHash.Combine(1, s0w, s0p);
        f[i++] = FeatureHash.Combine(2, s0w);
        f[i++] = FeatureHash.Combine(3, s0p);
        f[i++] = FeatureHash.Combine(4, b0w, b0p);
        f[i++] = FeatureHash.Combine(5, b0w);
        f[i++] = FeatureHash.Combine(6, b0p);
        f[i++] = FeatureHash.Combine(7, b1w, b1p);
        f[i++] = FeatureHash.Combine(8, b1w);
        f[i++] = FeatureHash.Combine(9, b1p);
        f[i++] = FeatureHash.Combine(10, b2w, b2p);
        f[i++] = FeatureHash.Combine(11, b2w);
        f[i++] = FeatureHash.Combine(12, b2p);
        f[i++] = FeatureHash.Combine(13, s1w, s1p);
        f[i++] = FeatureHash.Combine(14, s1w);
        f[i++] = FeatureHash.Combine(15, s1p);
        f[i++] = FeatureHash.Combine(16, s2p);
        f[i++] = FeatureHash.Combine(17, s2w);
        // Word pairs.
        f[i++] = FeatureHash.Combine(18, s0w ^ (s0p * 3), b0w, b0p);
        f[i++] = FeatureHash.Combine(19, s0w, s0p, b0w);
        f[i++] = FeatureHash.Combine(20, s0w, b0w, b0p);
        f[i++] = FeatureHash.Combine(21, s0w, s0p, b0p);
        f[i++] = FeatureHash.Combine(22, s0p, b0w, b0p);
        f[i++] = FeatureHash.Combine(23, s0w, b0w);
        f[i++] = FeatureHash.Combine(24, s0p, b0p);
        f[i++] = FeatureHash.Combine(25, b0p, b1p);
        f[i++] = FeatureHash.Combine(26, s1w, s0w);
        f[i++] = FeatureHash.Combine(27, s1p, s0p);
        f[i++] = FeatureHash.Combine(28, s1w, s1p, s0p);
        f[i++] = FeatureHash.Combine(29, s1p, s0w, s0p);
        f[i++] = FeatureHash.Combine(30, s1w, s0p);
        // Three tags.
        f[i++] = FeatureHash.Combine(31, b0p, b1p, b2p);
        f[i++] = FeatureHash.Combine(32, s0p, b0p, b1p);
        f[i++] = FeatureHash.Combine(33, s1p, s0p, b0p);
        f[i++] = FeatureHash.Combine(34, s0p, s0lp, b0p);
        f[i++] = FeatureHash.Combine(35, s0p, s0rp, b0p);
        f[i++] = FeatureHash.Combine(36, s0p, b0p, b0lp);
        f[i++] = FeatureHash.Combine(37, s1p, s0p, s0lp);
        f[i++] = FeatureHash.Combine(38, s1p, s0p, s0rp);
        f[i++] = FeatureHash.Combine(39, s1p, s1rp, s0p);
        f[i++] = FeatureHash.Combine(40, s2p, s1p, s0p);
        f[i++] = FeatureHash.Combine(41, s1p, s1lp, s0p);
        // Distance.
        f[i++] = FeatureHash.Combine(42, s0w, d);
        f[i++] = FeatureHash.Combine(43, s0p, d);
        f[i++] = FeatureHash.Combine(44, b0w, d);
        f[i++] = FeatureHash.Combine(45, b0p, d);
        f[i++] = FeatureHash.Combine(46, s0w, b0w, d);
        f[i++] = FeatureHash.Combine(47, s0p, b0p, d);
        f[i++] = FeatureHash.Combine(48, s1p, s0p, d1);
        f[i++] = FeatureHash.Combine(49, s1w, s0w, d1);
        // Valency.
        f[i++] = FeatureHash.Combine(50, s0w, s0vr);
        f[i++] = FeatureHash.Combine(51, s0p, s0vr);
        f[i++] = FeatureHash.Combine(52, s0w, s0vl);
        f[i++] = FeatureHash.Combine(53, s0p, s0vl);
        f[i++] = FeatureHash.Combine(54, b0w, b0vl);
        f[i++] = FeatureHash.Combine(55, b0p, b0vl);
        f[i++] = FeatureHash.Combine(56, s1w, s1vr);
        f[i++] = FeatureHash.Combine(57, s1p, s1vr);
        // Children.
        f[i++] = FeatureHash.Combine(58, V(a.Word, s0l));
        f[i++] = FeatureHash.Combine(59, s0lp);
        f[i++] = FeatureHash.Combine(60, s0ll);
        f[i++] = FeatureHash.Combine(61, V(a.Word, s0r));
        f[i++] = FeatureHash.Combine(62, s0rp);
        f[i++] = FeatureHash.Combine(63, s0rl);
        f[i++] = FeatureHash.Combine(64, V(a.Word, b0l));
        f[i++] = FeatureHash.Combine(65, b0lp);
        f[i++] = FeatureHash.Combine(66, b0ll);
        f[i++] = FeatureHash.Combine(67, V(a.Word, s1r));
        f[i++] = FeatureHash.Combine(68, s1rp);
        f[i++] = FeatureHash.Combine(69, s1rl);
        f[i++] = FeatureHash.Combine(70, s1lp);
        f[i++] = FeatureHash.Combine(71, s1ll);
        // Second children.
        f[i++] = FeatureHash.Combine(72, V(a.Word, s0l2));
        f[i++] = FeatureHash.Combine(73, V(a.Xpos, s0l2));
        f[i++] = FeatureHash.Combine(74, s0l2l);
        f[i++] = FeatureHash.Combine(75, V(a.Word, s0r2));
        f[i++] = FeatureHash.Combine(76, V(a.Xpos, s0r2));
        f[i++] = FeatureHash.Combine(77, s0r2l);
        f[i++] = FeatureHash.Combine(78, V(a.Word, b0l2));
        f[i++] = FeatureHash.Combine(79, V(a.Xpos, b0l2));
        f[i++] = FeatureHash.Combine(80, b0l2l);
        f[i++] = FeatureHash.Combine(81, s0p, s0ll, s0l2l);
        f[i++] = FeatureHash.Combine(82, s0p, s0rl, s0r2l);
        f[i++] = FeatureHash.Combine(83, b0p, b0ll, b0l2l);
        // Label sets.
        f[i++] = FeatureHash.Combine(84, s0w, s0sr);
        f[i++] = FeatureHash.Combine(85, s0p, s0sr);
        f[i++] = FeatureHash.Combine(86, s0w, s0sl);
        f[i++] = FeatureHash.Combine(87, s0p, s0sl);
        f[i++] = FeatureHash.Combine(88, b0w, b0sl);
        f[i++] = FeatureHash.Combine(89, b0p, b0sl);
        f[i++] = FeatureHash.Combine(90, s1p, s1sr);
        // Lemmas, suffixes, shapes and universal tags: robustness to unknown words and predicted tags.
        ulong s0m = V(a.Lemma, s0), b0m = V(a.Lemma, b0);
        ulong s0u = V(a.Upos, s0), b0u = V(a.Upos, b0), s1u = V(a.Upos, s1);
        f[i++] = FeatureHash.Combine(91, s0m);
        f[i++] = FeatureHash.Combine(92, b0m);
        f[i++] = FeatureHash.Combine(93, s0m, b0m);
        f[i++] = FeatureHash.Combine(94, s0m, b0p);
        f[i++] = FeatureHash.Combine(95, s0p, b0m);
        f[i++] = FeatureHash.Combine(96, V(a.Suffix, s0));
        f[i++] = FeatureHash.Combine(97, V(a.Suffix, b0));
        f[i++] = FeatureHash.Combine(98, V(a.Suffix, b1));
        f[i++] = FeatureHash.Combine(99, V(a.Shape, s0));
        f[i++] = FeatureHash.Combine(100, V(a.Shape, b0));
        f[i++] = FeatureHash.Combine(101, V(a.Shape, b1));
        f[i++] = FeatureHash.Combine(102, s0u, b0u);
        f[i++] = FeatureHash.Combine(103, s0u);
        f[i++] = FeatureHash.Combine(104, b0u);
        f[i++] = FeatureHash.Combine(105, s1u, s0u, b0u);
        f[i++] = FeatureHash.Combine(106, 0);
    }

    private static int Child(int[] children, int word) => word < 0 ? ParserState.None : children[word];

    private static ulong V(ulong[] values, int word) => word < 0 ? NoneValue : values[word];

    private static ulong L(ParserState st, int word) => word < 0 ? NoneValue : LabelValues[st.Labels[word] & 127];

    private static ulong Valency(int[] counts, int word) => word < 0 ? NoneValue : SmallInts[Math.Min(counts[word], 15)];

    private static int Bucket(int distance) => distance switch
    {
        <= 4 => distance,
        <= 6 => 5,
        <= 10 => 6,
        _ => 7,
    };
}
