using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Dyad.Analysis.Learning;
using Dyad.Analysis.Tagging;

namespace Dyad.Analysis.Entities;

/// <summary>
/// Structured (Viterbi-decoded, first-order) averaged-perceptron named-entity recogniser with BIO labels over PER, ORG and LOC,
/// using word form and shape, UPOS, neighbouring words and a token gazetteer learned from its
/// training data. Decoding is exact over label bigrams and never produces an I- label that does not continue a span of the same
/// type. Trained on Universal NER English-EWT (web text, about a thousand entities): expect it to
/// miss many news entities, which the actor dictionaries must cover. Immutable and thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Version of the file format and feature templates; a model of another version is refused.</summary>
    public const int FormatVersion = 1;

    /// <summary>Manifest resource name of the bundled model.</summary>
    public const string DefaultResourceName = "Dyad.Data.models.ner.bin";

    private const uint Magic = 0x524E5944; // "DYNR"
    private static readonly Lazy<EntityRecognizer> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;
    private readonly string[] _labels;
    private readonly string?[] _types;   // entity type per label, null for O
    private readonly bool[] _isInside;
    private readonly FrozenDictionary<ulong, int> _gazetteer; // norm hash -> bits (see GazetteerBit)
    private readonly bool[] _allowed;
    private readonly float[] _transitions;

    internal EntityRecognizer(PerceptronModel model, string[] labels, IReadOnlyDictionary<ulong, int> gazetteer)
    {
        if (model.ClassCount != labels.Length) throw new ArgumentException("Model and label list disagree on the number of classes.", nameof(model));
        _model = model;
        _labels = labels;
        _types = labels.Select(l => l.Length > 2 ? l[2..] : null).ToArray();
        _isInside = labels.Select(l => l.StartsWith("I-", StringComparison.Ordinal)).ToArray();
        _gazetteer = gazetteer.ToFrozenDictionary();
        _allowed = EntityDecoder.AllowedTransitions(_types, _isInside);
        _transitions = EntityDecoder.Transitions(f =>
        {
            var scores = new float[labels.Length];
            model.Score([f], scores);
            return scores;
        }, labels.Length);
    }

    /// <summary>The BIO labels the model predicts.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The bundled model, loaded once on first use.</summary>
    public static EntityRecognizer LoadDefault() => s_default.Value;

    internal IReadOnlyDictionary<ulong, int> Gazetteer => _gazetteer;

    /// <summary>Bit of the gazetteer mask for a label: one bit per (type, B or I).</summary>
    internal static int GazetteerBit(string[] labels, int label) => label <= 0 ? 0 : 1 << (label - 1);

    /// <summary>Finds entity spans in a sentence given its words and UPOS tags.</summary>
    public ImmutableArray<EntitySpan> Recognize(IReadOnlyList<string> words, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        if (upos.Count != words.Count) throw new ArgumentException("One UPOS tag per word is required.", nameof(upos));
        if (words.Count == 0) return ImmutableArray<EntitySpan>.Empty;
        int[] rented = ArrayPool<int>.Shared.Rent(words.Count);
        try
        {
            var labels = rented.AsSpan(0, words.Count);
            PredictLabels(words, upos, labels);
            var names = new string[words.Count];
            for (int i = 0; i < names.Length; i++) names[i] = _labels[labels[i]];
            return Bio.ToSpans(names);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    internal void PredictLabels(IReadOnlyList<string> words, IReadOnlyList<string> upos, Span<int> labels)
    {
        int n = words.Count;
        var ctx = ArrayPool<TokenHashes>.Shared.Rent(n + 4);
        var uh = ArrayPool<ulong>.Shared.Rent(n + 4);
        var gz = ArrayPool<int>.Shared.Rent(n + 4);
        try
        {
            EntityFeatures.FillContext(words, upos, ctx, uh);
            gz[0] = gz[1] = gz[n + 2] = gz[n + 3] = 0;
            for (int i = 0; i < n; i++) gz[i + 2] = _gazetteer.GetValueOrDefault(ctx[i + 2].Norm);
            var c = new EntityContext(ctx.AsSpan(0, n + 4), uh.AsSpan(0, n + 4), gz.AsSpan(0, n + 4));
            Span<ulong> feats = stackalloc ulong[EntityFeatures.MaxFeatures];
            int L = _labels.Length;
            var emissions = new float[n * L];
            for (int i = 0; i < n; i++)
            {
                int k = EntityFeatures.Extract(c, i, feats);
                _model.Score(feats[..k], emissions.AsSpan(i * L, L));
            }
            EntityDecoder.Viterbi(emissions, _transitions, _allowed, L, labels);
        }
        finally
        {
            ArrayPool<TokenHashes>.Shared.Return(ctx);
            ArrayPool<ulong>.Shared.Return(uh);
            ArrayPool<int>.Shared.Return(gz);
        }
    }

    /// <summary>Writes the model: header, labels, gazetteer (sorted), weights.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        var gaz = _gazetteer.OrderBy(kv => kv.Key).ToArray();
        w.Write(gaz.Length);
        foreach (var (k, v) in gaz)
        {
            w.Write(k);
            w.Write7BitEncodedInt(v);
        }
        _model.Write(w);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; refuses other formats or versions.</summary>
    public static EntityRecognizer Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Dyad NER model (bad magic).");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"NER model format {version} is not supported (expected {FormatVersion}).");
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        int ng = r.ReadInt32();
        var gaz = new Dictionary<ulong, int>(ng);
        for (int i = 0; i < ng; i++)
        {
            ulong k = r.ReadUInt64();
            gaz[k] = r.Read7BitEncodedInt();
        }
        return new EntityRecognizer(PerceptronModel.Read(r), labels, gaz);
    }

    private static EntityRecognizer LoadEmbedded()
    {
        using var s = ModelResources.Open(DefaultResourceName);
        return Load(s);
    }
}
