namespace Dyad.Analysis.Parsing;

/// <summary>
/// Training-time multiclass averaged perceptron over hashed features. Each feature owns a linked
/// list of (class, weight) entries, so memory grows with what the updates touch rather than with
/// features × classes. Averaging uses the "w − u/c" trick (Daumé 2006): no per-entry timestamps.
/// </summary>
internal sealed class AveragedPerceptron
{
    private ulong[] _keys;
    private int[] _first;
    private int _count;

    private byte[] _entryClass = new byte[1 << 16];
    private float[] _entryWeight = new float[1 << 16];
    private double[] _entrySum = new double[1 << 16];
    private int[] _entryNext = new int[1 << 16];
    private int _entryCount;

    public AveragedPerceptron(int classCount)
    {
        if (classCount > 255) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        _keys = new ulong[1 << 20];
        _first = new int[1 << 20];
    }

    public int ClassCount { get; }

    /// <summary>Number of updates so far plus one; the averaging clock.</summary>
    public long Clock { get; private set; } = 1;

    public int FeatureCount => _count;

    public int EntryCount => _entryCount;

    public void Tick() => Clock++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong f in features)
        {
            int slot = Find(f);
            if (slot < 0) continue;
            for (int e = _first[slot]; e >= 0; e = _entryNext[e])
            {
                scores[_entryClass[e]] += _entryWeight[e];
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (ulong f in features)
        {
            int slot = FindOrAdd(f);
            int e = _first[slot];
            while (e >= 0 && _entryClass[e] != cls) e = _entryNext[e];
            if (e < 0)
            {
                e = NewEntry(cls, _first[slot]);
                _first[slot] = e;
            }
            _entryWeight[e] += delta;
            _entrySum[e] += Clock * (double)delta;
        }
    }

    /// <summary>The averaged weights, dropping entries whose magnitude is below <paramref name="minWeight"/>.</summary>
    public ParserWeights Average(float minWeight)
    {
        var rows = new List<(ulong Feature, (byte Cls, float W)[] Row)>(_count);
        var row = new List<(byte Cls, float W)>();
        for (int slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] == 0) continue;
            row.Clear();
            for (int e = _first[slot]; e >= 0; e = _entryNext[e])
            {
                float avg = (float)(_entryWeight[e] - _entrySum[e] / Clock);
                if (MathF.Abs(avg) >= minWeight) row.Add((_entryClass[e], avg));
            }
            if (row.Count > 0) rows.Add((_keys[slot], row.ToArray()));
        }
        return ParserWeights.Build(ClassCount, rows);
    }

    private int NewEntry(int cls, int next)
    {
        if (_entryCount == _entryClass.Length)
        {
            int size = _entryCount * 2;
            Array.Resize(ref _entryClass, size);
            Array.Resize(ref _entryWeight, size);
            Array.Resize(ref _entrySum, size);
            Array.Resize(ref _entryNext, size);
        }
        int e = _entryCount++;
        _entryClass[e] = (byte)cls;
        _entryWeight[e] = 0;
        _entrySum[e] = 0;
        _entryNext[e] = next;
        return e;
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private int Find(ulong key)
    {
        key = NonZero(key);
        int mask = _keys.Length - 1;
        for (int s = (int)(key & (ulong)mask); ; s = (s + 1) & mask)
        {
            ulong k = _keys[s];
            if (k == key) return s;
            if (k == 0) return -1;
        }
    }

    private int FindOrAdd(ulong key)
    {
        key = NonZero(key);
        if (_count * 4 >= _keys.Length * 3) Grow();
        int mask = _keys.Length - 1;
        for (int s = (int)(key & (ulong)mask); ; s = (s + 1) & mask)
        {
            ulong k = _keys[s];
            if (k == key) return s;
            if (k == 0)
            {
                _keys[s] = key;
                _first[s] = -1;
                _count++;
                return s;
            }
        }
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldFirst = _first;
        _keys = new ulong[oldKeys.Length * 2];
        _first = new int[oldKeys.Length * 2];
        int mask = _keys.Length - 1;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            ulong key = oldKeys[i];
            if (key == 0) continue;
            int s = (int)(key & (ulong)mask);
            while (_keys[s] != 0) s = (s + 1) & mask;
            _keys[s] = key;
            _first[s] = oldFirst[i];
        }
    }
}
