using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Analysis.Parsing;

/// <summary>
/// Read-only averaged weights for parsing, laid out for cache economy: an open-addressing table of
/// 8-byte slots (32-bit feature key, 24-bit entry offset, 8-bit entry count) over one array of
/// 4-byte entries, each a float weight whose 8 lowest mantissa bits hold the class id (relative
/// weight error ≤ 2⁻¹⁵). Immutable after construction, so any number of threads may score.
/// </summary>
internal sealed class ParserWeights
{
    private const int MaxEntries = 1 << 24;

    private readonly ulong[] _slots; // key | (offset << 40) | (count << 32)
    private readonly int _mask;
    private readonly uint[] _entries;
    private readonly uint[] _sortedKeys;
    private readonly byte[] _lengths;

    private ParserWeights(int classCount, uint[] sortedKeys, byte[] lengths, uint[] entries)
    {
        ClassCount = classCount;
        _sortedKeys = sortedKeys;
        _lengths = lengths;
        _entries = entries;
        if (entries.Length >= MaxEntries) throw new InvalidDataException("Parser weights: too many entries.");
        int capacity = 1024;
        while (capacity < sortedKeys.Length * 2) capacity *= 2;
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        long start = 0;
        uint previous = 0;
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            uint key = sortedKeys[i];
            if (key <= previous) throw new InvalidDataException("Parser weights: keys must be non-zero, sorted and distinct.");
            previous = key;
            int s = Home(key);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            _slots[s] = key | ((ulong)start << 40) | ((ulong)lengths[i] << 32);
            start += lengths[i];
        }
        if (start != entries.Length) throw new InvalidDataException("Parser weights: entry counts do not add up.");
        foreach (uint e in entries)
        {
            if ((e & 0xFF) >= classCount) throw new InvalidDataException("Parser weights: class id out of range.");
        }
    }

    public int ClassCount { get; }

    public int FeatureCount => _sortedKeys.Length;

    public int EntryCount => _entries.Length;

    /// <summary>Folds a 64-bit feature hash to the stored 32-bit key (0 is reserved for empty slots).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(ulong feature)
    {
        uint k = (uint)(feature >> 32) ^ (uint)feature;
        return k == 0 ? 1 : k;
    }

    public static uint Pack(int cls, float weight) => ((uint)BitConverter.SingleToInt32Bits(weight) & 0xFFFFFF00u) | (uint)cls;

    public static float Unpack(uint entry, out int cls)
    {
        cls = (int)(entry & 0xFF);
        return BitConverter.Int32BitsToSingle((int)(entry & 0xFFFFFF00u));
    }

    /// <summary>Builds from rows of (class, weight) per 64-bit feature; rows whose keys fold together are summed.</summary>
    public static ParserWeights Build(int classCount, IReadOnlyList<(ulong Feature, (byte Cls, float W)[] Row)> rows)
    {
        var order = new (uint Key, int Row)[rows.Count];
        for (int r = 0; r < rows.Count; r++) order[r] = (Key(rows[r].Feature), r);
        Array.Sort(order);
        var keys = new List<uint>(rows.Count);
        var lengths = new List<byte>(rows.Count);
        var entries = new List<uint>();
        Span<float> merged = stackalloc float[256];
        Span<bool> present = stackalloc bool[256];
        for (int i = 0; i < order.Length;)
        {
            uint key = order[i].Key;
            merged.Clear();
            present.Clear();
            for (; i < order.Length && order[i].Key == key; i++)
            {
                foreach (var (c, w) in rows[order[i].Row].Row)
                {
                    merged[c] += w;
                    present[c] = true;
                }
            }
            int count = 0;
            for (int c = 0; c < classCount; c++)
            {
                if (!present[c]) continue;
                entries.Add(Pack(c, merged[c]));
                count++;
            }
            keys.Add(key);
            lengths.Add(checked((byte)count));
        }
        return new ParserWeights(classCount, keys.ToArray(), lengths.ToArray(), entries.ToArray());
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        ref ulong slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref uint entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref float score = ref MemoryMarshal.GetReference(scores);
        int mask = _mask;
        foreach (ulong feature in features)
        {
            uint key = Key(feature);
            int s = Home(key);
            while (true)
            {
                ulong slot = Unsafe.Add(ref slots, s);
                if ((uint)slot == key)
                {
                    int start = (int)(slot >> 40);
                    int end = start + (int)((slot >> 32) & 0xFF);
                    for (int e = start; e < end; e++)
                    {
                        uint entry = Unsafe.Add(ref entries, e);
                        Unsafe.Add(ref score, (int)(entry & 0xFF)) += BitConverter.Int32BitsToSingle((int)(entry & 0xFFFFFF00u));
                    }
                    break;
                }
                if (slot == 0) break;
                s = (s + 1) & mask;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_sortedKeys.Length);
        writer.Write(_entries.Length);
        // Keys as deltas so that the sorted sequence compresses; entries as they are.
        var deltas = new uint[_sortedKeys.Length];
        uint previous = 0;
        for (int i = 0; i < deltas.Length; i++)
        {
            deltas[i] = _sortedKeys[i] - previous;
            previous = _sortedKeys[i];
        }
        writer.Write(MemoryMarshal.AsBytes(deltas.AsSpan()));
        writer.Write(_lengths);
        writer.Write(MemoryMarshal.AsBytes(_entries.AsSpan()));
    }

    public static ParserWeights Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        int entryCount = reader.ReadInt32();
        if (classCount is <= 0 or > 256 || featureCount < 0 || entryCount is < 0 or >= MaxEntries)
        {
            throw new InvalidDataException("Parser weights: bad header.");
        }
        var keys = new uint[featureCount];
        var lengths = new byte[featureCount];
        var entries = new uint[entryCount];
        stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        stream.ReadExactly(lengths);
        stream.ReadExactly(MemoryMarshal.AsBytes(entries.AsSpan()));
        uint previous = 0;
        for (int i = 0; i < keys.Length; i++) previous = keys[i] += previous;
        return new ParserWeights(classCount, keys, lengths, entries);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => (int)((key * 0x9E3779B1u) >> 8) & _mask;
}
