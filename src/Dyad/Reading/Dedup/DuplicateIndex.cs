using System.Buffers.Binary;
using System.IO.Hashing;

namespace Dyad.Reading.Dedup;

/// <summary>What the index knows of a story that came earlier.</summary>
/// <param name="StoryId">Its id.</param>
/// <param name="Date">Its date (a near-duplicate takes it, so their events count together).</param>
public sealed record IndexedStory(string StoryId, DateOnly Date);

/// <summary>How a story relates to those seen before it.</summary>
/// <param name="Kind">New, the same text, or a near copy.</param>
/// <param name="Original">The earlier story (the first of its cluster), unless new.</param>
/// <param name="Similarity">Estimated Jaccard similarity to it (1 for the same text).</param>
public readonly record struct DuplicateMatch(DuplicateKind Kind, IndexedStory? Original, double Similarity);

/// <summary>See <see cref="DuplicateMatch"/>.</summary>
public enum DuplicateKind
{
    /// <summary>Not seen before.</summary>
    New,
    /// <summary>The same normalised text as an earlier story with another id.</summary>
    Exact,
    /// <summary>A near copy of an earlier story (a syndicated or lightly edited version).</summary>
    Near,
}

/// <summary>
/// Remembers the fingerprints of the stories seen so far and finds a new story's earlier copies:
/// exact ones by hash, near ones by locality-sensitive hashing of MinHash signatures (42 bands of
/// 3 slots: a pair at similarity 0.5 is compared with probability 0.996) confirmed against the
/// whole signature. Keeps the most recent <see cref="Capacity"/> stories (syndicated copies arrive
/// within days). Not thread-safe: the run calls it in input order, which keeps it deterministic.
/// Saved and loaded as a small versioned binary file (the watch state).
/// </summary>
public sealed class DuplicateIndex(double nearThreshold = DuplicateIndex.DefaultThreshold, int capacity = DuplicateIndex.DefaultCapacity)
{
    /// <summary>Similarity from which a story is a near copy.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>
    /// Stories remembered by default: a day or more of a large feed. Each costs about 2.7 KB (its 1 KB signature, 42 band
    /// keys, the exact hash), so the index stays near 55 MB at most; 200,000 had let a long run pass the 400 MB budget
    /// (100,000 stories: 464 MB at 50,000, 343 MB with no duplicate check at all).
    /// </summary>
    public const int DefaultCapacity = 20_000;

    private const int Bands = 42, Rows = 3, MaxBucket = 32;
    private const uint FileMagic = 0x31505544; // "DUP1"

    private readonly Dictionary<UInt128, Entry> _exact = [];
    // A band key seen once (nearly all of them) holds its entry itself; only a key shared by several stories holds a
    // list. A list per key cost about 5 KB a story (42 lists), which at the default capacity is over a gigabyte.
    private readonly Dictionary<ulong, object> _buckets = [];
    private readonly Queue<Entry> _order = new();

    private sealed record Entry(IndexedStory Story, UInt128 Exact, ulong[]? Signature, IndexedStory Cluster);

    /// <summary>Stories remembered.</summary>
    public int Count => _order.Count;

    /// <summary>Stories kept at most.</summary>
    public int Capacity => capacity;

    /// <summary>Finds <paramref name="fingerprint"/>'s earlier copy; the same id never counts as a copy (a story read again is itself).</summary>
    public DuplicateMatch Find(string storyId, TextFingerprint fingerprint)
    {
        if (_exact.TryGetValue(fingerprint.Exact, out var same) && same.Story.StoryId != storyId)
            return new DuplicateMatch(DuplicateKind.Exact, same.Cluster, 1.0);
        if (fingerprint.Signature is not { } signature) return new DuplicateMatch(DuplicateKind.New, null, 0);
        Entry? best = null;
        double bestSimilarity = 0;
        var seen = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        for (int band = 0; band < Bands; band++)
        {
            if (!_buckets.TryGetValue(BandKey(signature, band), out var bucket)) continue;
            foreach (var candidate in Members(bucket))
            {
                if (!seen.Add(candidate) || candidate.Story.StoryId == storyId || candidate.Signature is null) continue;
                double similarity = TextFingerprint.Similarity(signature, candidate.Signature);
                if (similarity > bestSimilarity) (best, bestSimilarity) = (candidate, similarity);
            }
        }
        return best is not null && bestSimilarity >= nearThreshold
            ? new DuplicateMatch(DuplicateKind.Near, best.Cluster, bestSimilarity)
            : new DuplicateMatch(DuplicateKind.New, null, bestSimilarity);
    }

    /// <summary>True when this very story — same id, same normalised text — was seen before (read again, not a copy).</summary>
    public bool Contains(string storyId, TextFingerprint fingerprint) =>
        _exact.TryGetValue(fingerprint.Exact, out var e) && e.Story.StoryId == storyId;

    /// <summary>Remembers a story; <paramref name="cluster"/> is the first story of its cluster (itself when new).</summary>
    public void Add(IndexedStory story, TextFingerprint fingerprint, IndexedStory cluster)
    {
        var entry = new Entry(story, fingerprint.Exact, fingerprint.Signature, cluster);
        _exact.TryAdd(fingerprint.Exact, entry);
        if (fingerprint.Signature is { } signature)
        {
            for (int band = 0; band < Bands; band++)
            {
                var key = BandKey(signature, band);
                if (!_buckets.TryGetValue(key, out var bucket)) _buckets[key] = entry;
                else if (bucket is Entry single) _buckets[key] = new List<Entry>(2) { single, entry };
                else
                {
                    var list = (List<Entry>)bucket;
                    if (list.Count >= MaxBucket) list.RemoveAt(0);
                    list.Add(entry);
                }
            }
        }
        _order.Enqueue(entry);
        while (_order.Count > capacity) Forget(_order.Dequeue());
    }

    private void Forget(Entry entry)
    {
        if (_exact.TryGetValue(entry.Exact, out var e) && ReferenceEquals(e, entry)) _exact.Remove(entry.Exact);
        if (entry.Signature is not { } signature) return;
        for (int band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets.TryGetValue(key, out var bucket)) continue;
            if (ReferenceEquals(bucket, entry)) _buckets.Remove(key);
            else if (bucket is List<Entry> list && list.Remove(entry))
            {
                if (list.Count == 1) _buckets[key] = list[0];
                else if (list.Count == 0) _buckets.Remove(key);
            }
        }
    }

    /// <summary>The entries of one band bucket: the entry itself, or the list of them.</summary>
    private static IEnumerable<Entry> Members(object bucket) => bucket as List<Entry> ?? [(Entry)bucket];

    private static ulong BandKey(ulong[] signature, int band)
    {
        Span<byte> bytes = stackalloc byte[8 * Rows + 4];
        for (int r = 0; r < Rows; r++) BinaryPrimitives.WriteUInt64LittleEndian(bytes[(8 * r)..], signature[band * Rows + r]);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[(8 * Rows)..], band);
        return XxHash64.HashToUInt64(bytes);
    }

    /// <summary>Writes the index (oldest first).</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(FileMagic);
        w.Write(_order.Count);
        foreach (var e in _order)
        {
            w.Write(e.Story.StoryId);
            w.Write(e.Story.Date.DayNumber);
            w.Write(e.Cluster.StoryId);
            w.Write(e.Cluster.Date.DayNumber);
            w.Write((ulong)(e.Exact >> 64));
            w.Write((ulong)e.Exact);
            w.Write(e.Signature is not null);
            if (e.Signature is { } s) foreach (var slot in s) w.Write(slot);
        }
    }

    /// <summary>Reads an index written by <see cref="Save"/>; a file of another version is an <see cref="InvalidDataException"/>.</summary>
    public static DuplicateIndex Load(Stream stream, double nearThreshold = DefaultThreshold, int capacity = DefaultCapacity)
    {
        var index = new DuplicateIndex(nearThreshold, capacity);
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != FileMagic) throw new InvalidDataException("not a Dyad duplicate index (or an older version)");
            int count = r.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                var story = new IndexedStory(r.ReadString(), DateOnly.FromDayNumber(r.ReadInt32()));
                var cluster = new IndexedStory(r.ReadString(), DateOnly.FromDayNumber(r.ReadInt32()));
                var exact = ((UInt128)r.ReadUInt64() << 64) | r.ReadUInt64();
                ulong[]? signature = null;
                if (r.ReadBoolean())
                {
                    signature = new ulong[TextFingerprint.Slots];
                    for (int s = 0; s < signature.Length; s++) signature[s] = r.ReadUInt64();
                }
                index.Add(story, TextFingerprint.Restore(exact, signature), cluster);
            }
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the duplicate index is truncated");
        }
        return index;
    }
}
