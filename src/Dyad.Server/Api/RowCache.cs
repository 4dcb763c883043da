namespace Dyad.Server.Api;

/// <summary>
/// The rendered JSON of single events by event id, so a page of events costs the store only the query
/// for its ids (DuckDB is columnar: reading whole rows is most of a page query's time). Unlike
/// <see cref="ResponseCache"/> this keeps no answers: every request still asks the store which events
/// are on its page. Entries go stale by <see cref="StoreChanges"/>' rules, as the response cache's do.
/// </summary>
internal sealed class RowCache(int maxEntries, long maxBytes, StoreChanges changes)
{
    private readonly FreshJsonMap _rows = new(maxEntries, maxBytes, changes);

    /// <summary>Stamps rows read from the store; take a stamp before the store is asked.</summary>
    public StoreChanges Changes => _rows.Changes;

    /// <summary>The event's JSON when kept and still fresh.</summary>
    public byte[]? Get(string eventId) => _rows.Get(eventId);

    /// <summary>Keeps an event's JSON, read from the store after <paramref name="stamp"/> was taken.</summary>
    public void Add(string eventId, byte[] json, StoreChanges.Stamp stamp) => _rows.Add(eventId, json, stamp);
}
