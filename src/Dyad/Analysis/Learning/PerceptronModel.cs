using System.Numerics;

namespace Dyad.Analysis.Learning;

/// <summary>
/// An immutable, averaged multiclass linear model over hashed features: an open-addressing table
/// from feature hash to a sparse row of (class, weight). Scoring is allocation-free and safe to
/// call from many threads. Stored as float16 weights, features sorted by hash, so the same
/// weights always give the same bytes.
/// </summary>
public sealed class PerceptronModel
{
    private const uint Magic = 0x4D505944; // "DYPM"
    private const int FormatVersion = 1;

    // Lookup layout: one 16-byte slot per hash-table cell and one 8-byte entry per weight, so
    // scoring a feature costs about two cache misses (the model is far larger than the cache).
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;
    // Serialisation layout: features sorted by hash.
    private readonly ulong[] _featureKeys;
    private readonly int[] _offsets;     // feature f's entries are [_offsets[f], _offsets[f + 1])

    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count; // 0 = empty cell
    }

    private struct Entry
    {
        public float Weight;
        public int Class;
    }

    private PerceptronModel(int classCount, ulong[] featureKeys, int[] offsets, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        _featureKeys = featureKeys;
        _offsets = offsets;
        _entries = new Entry[weights.Length];
        for (int e = 0; e < weights.Length; e++) _entries[e] = new Entry { Weight = weights[e], Class = classes[e] };
        int cap = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, featureKeys.Length * 2));
        _mask = cap - 1;
        _slots = new Slot[cap];
        for (int f = 0; f < featureKeys.Length; f++)
        {
            if (offsets[f + 1] == offsets[f]) continue;
            int s = (int)(featureKeys[f] & (ulong)_mask);
            while (_slots[s].Count != 0) s = (s + 1) & _mask;
            _slots[s] = new Slot { Key = featureKeys[f], Start = offsets[f], Count = offsets[f + 1] - offsets[f] };
        }
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _featureKeys.Length;

    /// <summary>Number of stored (feature, class) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (which is not cleared).</summary>
    /// <remarks>
    /// The model is far larger than the cache, so scoring waits on memory. Features go in chunks of
    /// three passes so that their cache misses overlap: every home slot is loaded (independent
    /// loads), then collisions are resolved and each row's first entry loaded, then the weights are
    /// added — in the same order as a plain loop, so the sums are bit-identical.
    /// </remarks>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        const int Chunk = 64;
        var slots = _slots;
        var entries = _entries;
        Span<int> found = stackalloc int[Chunk];
        Span<ulong> homeKeys = stackalloc ulong[Chunk];
        for (int from = 0; from < features.Length; from += Chunk)
        {
            var part = features.Slice(from, Math.Min(Chunk, features.Length - from));
            for (int i = 0; i < part.Length; i++)
            {
                int home = (int)(part[i] & (ulong)_mask);
                found[i] = home;
                homeKeys[i] = slots[home].Key;
            }
            float touched = 0;
            for (int i = 0; i < part.Length; i++)
            {
                ulong key = part[i];
                int s = found[i];
                if (homeKeys[i] != key)
                {
                    while (slots[s].Count != 0 && slots[s].Key != key) s = (s + 1) & _mask;
                }
                if (slots[s].Count == 0 || slots[s].Key != key) { found[i] = -1; continue; }
                found[i] = s;
                touched += entries[slots[s].Start].Weight;
            }
            for (int i = 0; i < part.Length; i++)
            {
                if (found[i] < 0) continue;
                ref readonly var slot = ref slots[found[i]];
                int end = slot.Start + slot.Count;
                for (int e = slot.Start; e < end; e++) scores[entries[e].Class] += entries[e].Weight;
            }
            GC.KeepAlive(touched);
        }
    }

    /// <summary>Clears <paramref name="scores"/> and writes the class scores of <paramref name="features"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        AddScores(features, scores);
    }

    /// <summary>Returns the best class; ties go to the lowest class id.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return AveragedPerceptron.ArgMax(scratch[..ClassCount]);
    }

    internal static PerceptronModel Create(int classCount, List<(ulong Key, (int Cls, float W)[] Weights)> sortedRows)
    {
        var keys = new ulong[sortedRows.Count];
        var offsets = new int[sortedRows.Count + 1];
        int n = 0;
        foreach (var r in sortedRows) n += r.Weights.Length;
        var cls = new ushort[n];
        var w = new float[n];
        int e = 0;
        for (int f = 0; f < sortedRows.Count; f++)
        {
            keys[f] = sortedRows[f].Key;
            offsets[f] = e;
            foreach (var (c, v) in sortedRows[f].Weights)
            {
                cls[e] = (ushort)c;
                w[e] = (float)(Half)v; // what is saved is what is used
                e++;
            }
        }
        offsets[^1] = e;
        return new PerceptronModel(classCount, keys, offsets, cls, w);
    }

    /// <summary>Writes the model (magic, version, class count, sorted features with float16 weights).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ClassCount);
        writer.Write(_featureKeys.Length);
        bool wideClass = ClassCount > byte.MaxValue;
        for (int f = 0; f < _featureKeys.Length; f++)
        {
            writer.Write(_featureKeys[f]);
            int start = _offsets[f], end = _offsets[f + 1];
            writer.Write7BitEncodedInt(end - start);
            for (int e = start; e < end; e++)
            {
                if (wideClass) writer.Write((ushort)_entries[e].Class); else writer.Write((byte)_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> on a bad header.</summary>
    public static PerceptronModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadUInt32() != Magic) throw new InvalidDataException("Not a Dyad perceptron model (bad magic).");
        int version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"Perceptron model format {version} is not supported (expected {FormatVersion}).");
        int classCount = reader.ReadInt32();
        int nf = reader.ReadInt32();
        bool wideClass = classCount > byte.MaxValue;
        var keys = new ulong[nf];
        var offsets = new int[nf + 1];
        var cls = new List<ushort>(nf * 2);
        var w = new List<float>(nf * 2);
        for (int f = 0; f < nf; f++)
        {
            keys[f] = reader.ReadUInt64();
            offsets[f] = cls.Count;
            int n = reader.Read7BitEncodedInt();
            for (int i = 0; i < n; i++)
            {
                cls.Add(wideClass ? reader.ReadUInt16() : reader.ReadByte());
                w.Add((float)reader.ReadHalf());
            }
        }
        offsets[nf] = cls.Count;
        return new PerceptronModel(classCount, keys, offsets, cls.ToArray(), w.ToArray());
    }
}
