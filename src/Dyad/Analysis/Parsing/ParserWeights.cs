using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Analysis.Parsing;

/// <summary>
/// Read-only averaged weights for parsing: an open-addressing table from feature hash to a run of
/// (class, weight) entries. Immutable after construction, so any number of threads may score.
/// </summary>
internal sealed class ParserWeights
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Length;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly byte[] _classes;
    private readonly float[] _weights;
    private readonly ulong[] _sortedKeys;
    private readonly byte[] _lengths;

    private ParserWeights(int classCount, ulong[] sortedKeys, byte[] lengths, byte[] classes, float[] weights)
    {
        ClassCount = classCount;
        _sortedKeys = sortedKeys;
        _lengths = lengths;
        _classes = classes;
        _weights = weights;
        int capacity = 1024;
        while (capacity < sortedKeys.Length * 2) capacity *= 2;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        int start = 0;
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            ulong key = sortedKeys[i];
            if (key == 0) throw new InvalidDataException("Feature key 0 is reserved.");
            int s = (int)(key & (ulong)_mask);
            while (_slots[s].Key != 0) s = (s + 1) & _mask;
            _slots[s] = new Slot { Key = key, Start = start, Length = lengths[i] };
            start += lengths[i];
        }
        if (start != classes.Length || classes.Length != weights.Length)
        {
            throw new InvalidDataException("Parser weights: entry counts do not add up.");
        }
        foreach (byte c in classes)
        {
            if (c >= classCount) throw new InvalidDataException("Parser weights: class id out of range.");
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _sortedKeys.Length;

    public int EntryCount => _weights.Length;

    public static ParserWeights Build(int classCount, List<(ulong Key, int Start, int Length)> features, byte[] classes, float[] weights)
    {
        var keys = new ulong[features.Count];
        var lengths = new byte[features.Count];
        for (int i = 0; i < features.Count; i++)
        {
            keys[i] = features[i].Key == 0 ? 1 : features[i].Key;
            lengths[i] = checked((byte)features[i].Length);
        }
        return new ParserWeights(classCount, keys, lengths, classes, weights);
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var slots = _slots;
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref byte c0 = ref MemoryMarshal.GetArrayDataReference(_classes);
        foreach (ulong raw in features)
        {
            ulong key = raw == 0 ? 1 : raw;
            int s = (int)(key & (ulong)_mask);
            while (true)
            {
                ref Slot slot = ref slots[s];
                if (slot.Key == key)
                {
                    int end = slot.Start + slot.Length;
                    for (int e = slot.Start; e < end; e++)
                    {
                        scores[Unsafe.Add(ref c0, e)] += Unsafe.Add(ref w0, e);
                    }
                    break;
                }
                if (slot.Key == 0) break;
                s = (s + 1) & _mask;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_sortedKeys.Length);
        writer.Write(_weights.Length);
        writer.Write(MemoryMarshal.AsBytes(_sortedKeys.AsSpan()));
        writer.Write(_lengths);
        writer.Write(_classes);
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    public static ParserWeights Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        int entryCount = reader.ReadInt32();
        if (featureCount < 0 || entryCount < 0) throw new InvalidDataException("Parser weights: negative counts.");
        var keys = new ulong[featureCount];
        var lengths = new byte[featureCount];
        var classes = new byte[entryCount];
        var weights = new float[entryCount];
        stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        stream.ReadExactly(lengths);
        stream.ReadExactly(classes);
        stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return new ParserWeights(classCount, keys, lengths, classes, weights);
    }
}
