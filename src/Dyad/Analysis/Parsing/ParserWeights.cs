using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Analysis.Parsing;

/// <summary>
/// Read-only averaged weights for parsing, laid out for cache economy: an open-addressing table of
/// 8-byte slots (32-bit feature key, 24-bit entry offset, 8-bit entry count) over one array of
/// 4-byte entries, each a float weight whose 8 lowest mantissa bits hold the class id (relative
/// weight error ≤ 2⁻¹⁵). Features with many classes (mostly tag and label templates, which fire
/// on every transition) are expanded at load time into dense rows added with SIMD; a slot with
/// count 0 points at such a row. Immutable after construction, so any number of threads may score.
/// </summary>
internal sealed class ParserWeights
{
    private const int MaxEntries = 1 << 24;

    /// <summary>Features with at least this many classes get a dense row.</summary>
    private const int DenseThreshold = 20;

    private readonly ulong[] _slots; // key | (offset << 40) | (count << 32)
    private readonly int _mask;
    private readonly uint[] _entries;
    private readonly uint[] _sortedKeys;
    private readonly byte[] _lengths;
    private readonly float[] _dense;
    private readonly int _stride;

    private ParserWeights(int classCount, uint[] sortedKeys, byte[] lengths, uint[] entries)
    {
        ClassCount = classCount;
        _sortedKeys = sortedKeys;
        _lengths = lengths;
        _entries = entries;
        if (entries.Length >= MaxEntries) throw new InvalidDataException("Parser weights: too many entries.");
        int capacity = 1024;
        while (capacity < sortedKeys.Length / 3 * 4) capacity *= 2; // load factor at most 3/4
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (uint e in entries)
        {
            if ((e & 0xFF) >= classCount) throw new InvalidDataException("Parser weights: class id out of range.");
        }
        _stride = (classCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        int denseRows = 0;
        foreach (byte length in lengths) if (length >= DenseThreshold) denseRows++;
        _dense = new float[denseRows * _stride];
        long start = 0;
        int row = 0;
        uint previous = 0;
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            uint key = sortedKeys[i];
            if (key <= previous) throw new InvalidDataException("Parser weights: keys must be non-zero, sorted and distinct.");
            if (lengths[i] == 0 || start + lengths[i] > entries.Length) throw new InvalidDataException("Parser weights: bad entry count.");
            previous = key;
            int s = Home(key);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            if (lengths[i] >= DenseThreshold)
            {
                for (long e = start; e < start + lengths[i]; e++)
                {
                    float w = Unpack(entries[e], out int cls);
                    _dense[row * _stride + cls] = w;
                }
                _slots[s] = key | ((ulong)row << 40);
                row++;
            }
            else
            {
                _slots[s] = key | ((ulong)start << 40) | ((ulong)lengths[i] << 32);
            }
            start += lengths[i];
        }
        if (start != entries.Length) throw new InvalidDataException("Parser weights: entry counts do not add up.");
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

    /// <summary>A copy without entries smaller than <paramref name="minWeight"/> in magnitude.</summary>
    public ParserWeights Prune(float minWeight)
    {
        var keys = new List<uint>();
        var lengths = new List<byte>();
        var entries = new List<uint>();
        int start = 0;
        for (int i = 0; i < _sortedKeys.Length; i++)
        {
            int kept = 0;
            for (int e = start; e < start + _lengths[i]; e++)
            {
                if (MathF.Abs(Unpack(_entries[e], out _)) < minWeight) continue;
                entries.Add(_entries[e]);
                kept++;
            }
            start += _lengths[i];
            if (kept == 0) continue;
            keys.Add(_sortedKeys[i]);
            lengths.Add((byte)kept);
        }
        return new ParserWeights(ClassCount, keys.ToArray(), lengths.ToArray(), entries.ToArray());
    }

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (cleared first).</summary>
    /// <remarks>
    /// Three passes so that the cache misses of different features overlap: first every home slot
    /// is loaded (independent loads, no branches), then collisions are resolved, then entries are added.
    /// </remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int n = features.Length;
        Span<uint> keys = stackalloc uint[n];
        Span<int> homes = stackalloc int[n];
        Span<ulong> firstSlots = stackalloc ulong[n];
        Span<float> acc = stackalloc float[_stride];
        acc.Clear();
        ref ulong slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref uint entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref float dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref float score = ref MemoryMarshal.GetReference(acc);
        int mask = _mask;
        int stride = _stride;
        for (int i = 0; i < n; i++)
        {
            uint key = Key(features[i]);
            int home = Home(key);
            keys[i] = key;
            homes[i] = home;
            firstSlots[i] = Unsafe.Add(ref slots, home);
        }
        for (int i = 0; i < n; i++)
        {
            uint key = keys[i];
            ulong slot = firstSlots[i];
            int s = homes[i];
            while ((uint)slot != key)
            {
                if (slot == 0) goto next;
                s = (s + 1) & mask;
                slot = Unsafe.Add(ref slots, s);
            }
            {
                int start = (int)(slot >> 40);
                int length = (int)((slot >> 32) & 0xFF);
                if (length == 0)
                {
                    ref float row = ref Unsafe.Add(ref dense, start * stride);
                    for (int j = 0; j < stride; j += Vector<float>.Count)
                    {
                        (Vector.LoadUnsafe(ref score, (nuint)j) + Vector.LoadUnsafe(ref row, (nuint)j)).StoreUnsafe(ref score, (nuint)j);
                    }
                }
                else
                {
                    for (int e = start; e < start + length; e++)
                    {
                        uint entry = Unsafe.Add(ref entries, e);
                        Unsafe.Add(ref score, (int)(entry & 0xFF)) += BitConverter.Int32BitsToSingle((int)(entry & 0xFFFFFF00u));
                    }
                }
            }
        next:;
        }
        acc[..scores.Length].CopyTo(scores);
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
