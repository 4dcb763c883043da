using System.Collections.Concurrent;

namespace Dyad.Server.Api;

/// <summary>
/// The rendered JSON of single events by event id, so a page of events costs the store only the query
/// for its ids (DuckDB is columnar: reading whole rows is most of a page query's time). Unlike
/// <see cref="ResponseCache"/> this keeps no answers: every request still asks the store which events
/// are on its page. Entries go stale by <see cref="StoreChanges"/>' rules, as the response cache's do.
/// Bounded by entry count and bytes: when full it starts afresh (cheaper than tracking use, and a
/// server's working set of rows refills within a few pages).
/// </summary>
internal sealed class RowCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private long _bytes;

    public RowCache(int maxEntries, long maxBytes, StoreChanges changes)
    {
        (_maxEntries, _maxBytes, Changes) = (maxEntries, maxBytes, changes);
        changes.OnChange(Clear);
    }

    /// <summary>Stamps rows read from the store; take a stamp before the store is asked.</summary>
    public StoreChanges Changes { get; }

    private sealed record Entry(byte[] Json, StoreChanges.Stamp Stamp);

    /// <summary>The event's JSON when kept and still fresh.</summary>
    public byte[]? Get(string eventId) =>
        _entries.TryGetValue(eventId, out var hit) && Changes.IsFresh(hit.Stamp) ? hit.Json : null;

    /// <summary>Keeps an event's JSON, read from the store after <paramref name="stamp"/> was taken.</summary>
    public void Add(string eventId, byte[] json, StoreChanges.Stamp stamp)
    {
        var entry = new Entry(json, stamp);
        if (!_entries.TryAdd(eventId, entry))
        {
            // An expired row, or one two requests read at once: about the same size, so the count stands.
            _entries[eventId] = entry;
            return;
        }
        if (_entries.Count > _maxEntries || Interlocked.Add(ref _bytes, json.Length) > _maxBytes)
        {
            Clear();
            _entries[eventId] = entry;
            Interlocked.Exchange(ref _bytes, json.Length);
        }
    }

    private void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }
}
