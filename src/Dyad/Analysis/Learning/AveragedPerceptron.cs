namespace Dyad.Analysis.Learning;

/// <summary>
/// Trainer for a multiclass averaged perceptron over sparse hashed features (Collins 2002, with
/// the lazy-averaging bookkeeping of Daumé III). Weights are stored sparsely per feature, so only
/// the classes a feature was ever updated for cost memory. Not thread-safe: one trainer, one thread.
/// Call <see cref="ToModel"/> to obtain the averaged, immutable <see cref="PerceptronModel"/>.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _head = new();
    private int[] _cls = new int[1024];
    private int[] _next = new int[1024];
    private int[] _stamp = new int[1024];
    private float[] _weight = new float[1024];
    private double[] _total = new double[1024];
    private int _entries;
    private int _instances;

    /// <summary>Creates a trainer for <paramref name="classCount"/> classes (0 .. classCount-1).</summary>
    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, ushort.MaxValue);
        ClassCount = classCount;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of training instances seen so far (the averaging clock).</summary>
    public int Instances => _instances;

    /// <summary>Number of distinct features with at least one weight.</summary>
    public int FeatureCount => _head.Count;

    /// <summary>Writes the current (non-averaged) class scores for <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var f in features)
        {
            if (!_head.TryGetValue(f, out var e)) continue;
            for (; e >= 0; e = _next[e])
            {
                scores[_cls[e]] += _weight[e];
            }
        }
    }

    /// <summary>Returns the best class under the current weights; ties go to the lowest class id.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..ClassCount]);
    }

    /// <summary>
    /// Records one training instance: advances the averaging clock and, when
    /// <paramref name="guess"/> differs from <paramref name="truth"/>, moves weight from the guess to the truth.
    /// </summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _instances++;
        if (truth == guess) return;
        foreach (var f in features)
        {
            Add(f, truth, 1f);
            Add(f, guess, -1f);
        }
    }

    /// <summary>Advances the averaging clock by one instance without changing any weight.</summary>
    public void Tick() => _instances++;

    /// <summary>
    /// Adds <paramref name="delta"/> to the weight of (<paramref name="feature"/>, <paramref name="cls"/>)
    /// without advancing the clock: for structured updates (e.g. label transitions) that
    /// <see cref="Update"/> cannot express.
    /// </summary>
    public void AddWeight(ulong feature, int cls, float delta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cls);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cls, ClassCount);
        Add(feature, cls, delta);
    }

    /// <summary>
    /// Averages the weights over all instances seen and returns an immutable model; averaged weights
    /// with absolute value below <paramref name="pruneBelow"/> are dropped.
    /// </summary>
    public PerceptronModel ToModel(float pruneBelow = 1e-3f)
    {
        var keys = new List<ulong>(_head.Count);
        var sparse = new List<(ulong Key, (int Cls, float W)[] Weights)>(_head.Count);
        double t = Math.Max(1, _instances);
        var row = new List<(int, float)>();
        foreach (var (key, head) in _head)
        {
            row.Clear();
            for (int e = head; e >= 0; e = _next[e])
            {
                double total = _total[e] + (_instances - _stamp[e]) * (double)_weight[e];
                float avg = (float)(total / t);
                if (Math.Abs(avg) >= pruneBelow) row.Add((_cls[e], avg));
            }
            if (row.Count == 0) continue;
            row.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            sparse.Add((key, row.ToArray()));
        }
        sparse.Sort((a, b) => a.Key.CompareTo(b.Key));
        return PerceptronModel.Create(ClassCount, sparse);
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = scores[0];
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > bestScore) { bestScore = scores[i]; best = i; }
        }
        return best;
    }

    private void Add(ulong feature, int cls, float delta)
    {
        int e;
        if (_head.TryGetValue(feature, out var head))
        {
            for (e = head; e >= 0 && _cls[e] != cls; e = _next[e]) { }
            if (e < 0)
            {
                e = NewEntry(cls, head);
                _head[feature] = e;
            }
        }
        else
        {
            e = NewEntry(cls, -1);
            _head[feature] = e;
        }
        _total[e] += (_instances - _stamp[e]) * (double)_weight[e];
        _stamp[e] = _instances;
        _weight[e] += delta;
    }

    private int NewEntry(int cls, int next)
    {
        if (_entries == _cls.Length)
        {
            int n = _entries * 2;
            Array.Resize(ref _cls, n);
            Array.Resize(ref _next, n);
            Array.Resize(ref _stamp, n);
            Array.Resize(ref _weight, n);
            Array.Resize(ref _total, n);
        }
        int e = _entries++;
        _cls[e] = cls;
        _next[e] = next;
        _stamp[e] = _instances;
        _weight[e] = 0f;
        _total[e] = 0d;
        return e;
    }
}
