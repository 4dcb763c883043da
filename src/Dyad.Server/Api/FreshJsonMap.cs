using System.Collections.Concurrent;

namespace Dyad.Server.Api;

/// <summary>
/// JSON kept by key, each entry stamped when its data was read and dropped once <see cref="StoreChanges"/>
/// says the store may have changed since. Bounded by entry count and bytes: when full it starts afresh
/// (cheaper than tracking use; a server's working set refills within a few requests). Shared by the
/// answer cache and the row cache.
/// </summary>
internal sealed class FreshJsonMap
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private int _count;
    private long _bytes;

    public FreshJsonMap(int maxEntries, long maxBytes, StoreChanges changes)
    {
        (_maxEntries, _maxBytes, Changes) = (maxEntries, maxBytes, changes);
        changes.OnChange(Clear);
    }

    /// <summary>The rules entries go stale by; take a stamp before the store is asked.</summary>
    public StoreChanges Changes { get; }

    private sealed record Entry(byte[] Json, StoreChanges.Stamp Stamp);

    /// <summary>The JSON kept for <paramref name="key"/> when it is still fresh.</summary>
    public byte[]? Get(string key) =>
        _entries.TryGetValue(key, out var hit) && Changes.IsFresh(hit.Stamp) ? hit.Json : null;

    /// <summary>Keeps JSON read from the store after <paramref name="stamp"/> was taken.</summary>
    public void Add(string key, byte[] json, StoreChanges.Stamp stamp)
    {
        var entry = new Entry(json, stamp);
        if (!_entries.TryAdd(key, entry))
        {
            // A stale entry, or one two requests read at once: the count stands, the bytes move by the difference.
            if (_entries.TryGetValue(key, out var old)) Interlocked.Add(ref _bytes, json.Length - old.Json.Length);
            _entries[key] = entry;
            return;
        }
        if (Interlocked.Increment(ref _count) > _maxEntries || Interlocked.Add(ref _bytes, json.Length) > _maxBytes)
        {
            Clear();
            _entries[key] = entry;
            Interlocked.Exchange(ref _count, 1);
            Interlocked.Exchange(ref _bytes, json.Length);
        }
    }

    private void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }
}
