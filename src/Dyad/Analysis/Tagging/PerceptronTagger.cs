using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using Dyad.Analysis.Learning;

namespace Dyad.Analysis.Tagging;

/// <summary>
/// Two-pass greedy left-to-right averaged-perceptron tagger predicting the joint tag "UPOS|XPOS" (Universal
/// and Penn Treebank part of speech) for each word of a tokenised sentence. Frequent unambiguous
/// words are tagged from a tag dictionary. The second pass sees the first pass's tags of the next
/// two words. Immutable after loading: <see cref="Tag(IReadOnlyList{string}, Span{string}, Span{string})"/>
/// is safe to call from many threads at once. Trained on UD English-EWT (see MANIFEST-tagger.json).
/// </summary>
public sealed class PerceptronTagger
{
    /// <summary>Version of the file format and feature templates; a model of another version is refused.</summary>
    public const int FormatVersion = 1;

    /// <summary>Manifest resource name of the bundled model.</summary>
    public const string DefaultResourceName = "Dyad.Data.models.tagger.bin";

    private const uint Magic = 0x47545944; // "DYTG"
    private static readonly Lazy<PerceptronTagger> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _second;
    private readonly string[] _classes;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly FrozenDictionary<string, int> _tagDictionary;
    private readonly FrozenDictionary<ulong, ulong> _ambiguity;

    internal PerceptronTagger(PerceptronModel model, string[] classes, IReadOnlyDictionary<string, int> tagDictionary, IReadOnlyDictionary<ulong, ulong> ambiguity, PerceptronModel? second = null)
    {
        if (second is not null && second.ClassCount != classes.Length) throw new ArgumentException("Second-pass model and class list disagree on the number of classes.", nameof(second));
        _second = second;
        _ambiguity = ambiguity as FrozenDictionary<ulong, ulong> ?? ambiguity.ToFrozenDictionary();
        if (model.ClassCount != classes.Length) throw new ArgumentException("Model and class list disagree on the number of classes.", nameof(model));
        _model = model;
        _classes = classes;
        _upos = new string[classes.Length];
        _xpos = new string[classes.Length];
        for (int i = 0; i < classes.Length; i++)
        {
            int bar = classes[i].IndexOf('|');
            _upos[i] = classes[i][..bar];
            _xpos[i] = classes[i][(bar + 1)..];
        }
        _tagDictionary = tagDictionary as FrozenDictionary<string, int> ?? tagDictionary.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The joint classes ("UPOS|XPOS") the model predicts.</summary>
    public IReadOnlyList<string> Classes => _classes;

    /// <summary>Number of words tagged from the tag dictionary without scoring.</summary>
    public int TagDictionarySize => _tagDictionary.Count;

    internal PerceptronModel Model => _model;

    internal PerceptronModel? SecondPass => _second;

    internal FrozenDictionary<string, int> TagDictionary => _tagDictionary;

    internal IReadOnlyDictionary<ulong, ulong> Ambiguity => _ambiguity;

    /// <summary>The bundled model, loaded once on first use.</summary>
    public static PerceptronTagger LoadDefault() => s_default.Value;

    /// <summary>Tags <paramref name="words"/>, writing one UPOS and one XPOS per word.</summary>
    public void Tag(IReadOnlyList<string> words, string[] upos, string[] xpos) => Tag(words, upos.AsSpan(), xpos.AsSpan());

    /// <summary>Tags <paramref name="words"/>, writing one UPOS and one XPOS per word.</summary>
    public void Tag(IReadOnlyList<string> words, Span<string> upos, Span<string> xpos)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (upos.Length < words.Count || xpos.Length < words.Count) throw new ArgumentException("Output spans are shorter than the sentence.");
        int[] rented = ArrayPool<int>.Shared.Rent(words.Count);
        try
        {
            var cls = rented.AsSpan(0, words.Count);
            PredictClasses(words, cls);
            for (int i = 0; i < cls.Length; i++)
            {
                upos[i] = _upos[cls[i]];
                xpos[i] = _xpos[cls[i]];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Convenience overload returning new arrays.</summary>
    public (string[] Upos, string[] Xpos) Tag(IReadOnlyList<string> words)
    {
        var u = new string[words.Count];
        var x = new string[words.Count];
        Tag(words, u, x);
        return (u, x);
    }

    internal void PredictClasses(IReadOnlyList<string> words, Span<int> classes)
    {
        int n = words.Count;
        if (n == 0) return;
        var ctxArray = ArrayPool<TokenHashes>.Shared.Rent(n + 4);
        try
        {
            var ctx = ctxArray.AsSpan(0, n + 4);
            WordFeatures.ComputeSentence(words, ctx, _ambiguity);
            Span<ulong> feats = stackalloc ulong[TaggerFeatures.MaxFeatures];
            Span<float> scores = stackalloc float[_model.ClassCount];
            Decode(words, ctx, _model, _tagDictionary, default, classes, feats, scores);
            if (_second is not null)
            {
                int[] firstRented = ArrayPool<int>.Shared.Rent(n);
                try
                {
                    var first = firstRented.AsSpan(0, n);
                    classes.CopyTo(first);
                    Decode(words, ctx, _second, _tagDictionary, first, classes, feats, scores);
                }
                finally
                {
                    ArrayPool<int>.Shared.Return(firstRented);
                }
            }
        }
        finally
        {
            ArrayPool<TokenHashes>.Shared.Return(ctxArray);
        }
    }

    /// <summary>
    /// Greedy decoding with one model. With <paramref name="firstPass"/> non-empty, the features
    /// include the first pass's tags of the next two words.
    /// </summary>
    internal static void Decode(IReadOnlyList<string> words, ReadOnlySpan<TokenHashes> ctx, PerceptronModel model, IReadOnlyDictionary<string, int> tagDictionary,
        ReadOnlySpan<int> firstPass, Span<int> classes, Span<ulong> feats, Span<float> scores)
    {
        int n = words.Count;
        int p1 = -1, p2 = -1;
        for (int i = 0; i < n; i++)
        {
            if (!tagDictionary.TryGetValue(words[i], out int c))
            {
                int k = firstPass.IsEmpty
                    ? TaggerFeatures.Extract(ctx, i, p1, p2, feats)
                    : TaggerFeatures.Extract(ctx, i, p1, p2, i + 1 < n ? firstPass[i + 1] : -1, i + 2 < n ? firstPass[i + 2] : -1, feats);
                c = model.Predict(feats[..k], scores);
            }
            classes[i] = c;
            p2 = p1;
            p1 = c;
        }
    }

    /// <summary>Writes the model: header, classes, tag dictionary (sorted), weights.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(_classes.Length);
        foreach (var c in _classes) w.Write(c);
        var dict = _tagDictionary.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        w.Write(dict.Length);
        foreach (var (word, cls) in dict)
        {
            w.Write(word);
            w.Write7BitEncodedInt(cls);
        }
        var amb = _ambiguity.OrderBy(kv => kv.Key).ToArray();
        w.Write(amb.Length);
        foreach (var (k, v) in amb)
        {
            w.Write(k);
            w.Write(v);
        }
        _model.Write(w);
        w.Write(_second is not null);
        _second?.Write(w);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; refuses other formats or versions.</summary>
    public static PerceptronTagger Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Dyad tagger model (bad magic).");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"Tagger model format {version} is not supported (expected {FormatVersion}).");
        var classes = new string[r.ReadInt32()];
        for (int i = 0; i < classes.Length; i++) classes[i] = r.ReadString();
        int nd = r.ReadInt32();
        var dict = new Dictionary<string, int>(nd, StringComparer.Ordinal);
        for (int i = 0; i < nd; i++)
        {
            var word = r.ReadString();
            dict[word] = r.Read7BitEncodedInt();
        }
        int na = r.ReadInt32();
        var amb = new Dictionary<ulong, ulong>(na);
        for (int i = 0; i < na; i++)
        {
            ulong k = r.ReadUInt64();
            amb[k] = r.ReadUInt64();
        }
        var model = PerceptronModel.Read(r);
        var second = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
        return new PerceptronTagger(model, classes, dict, amb, second);
    }

    private static PerceptronTagger LoadEmbedded()
    {
        using var s = ModelResources.Open(DefaultResourceName);
        return Load(s);
    }
}
