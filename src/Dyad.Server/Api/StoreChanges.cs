namespace Dyad.Server.Api;

/// <summary>
/// When what the server's caches keep (<see cref="ResponseCache"/>, <see cref="RowCache"/>) may no
/// longer be what the store holds; both follow these rules, so they are written once. A read-only
/// DuckDB file cannot be written while the server holds it; a writable server calls
/// <see cref="Changed"/> after each of its own writes, which moves to a new generation and empties
/// every cache; on PostgreSQL, where other coders may write, a kept value also expires after
/// <see cref="ServerOptions.CacheSeconds"/>.
/// </summary>
internal sealed class StoreChanges(TimeSpan? lifetime, TimeProvider time)
{
    private readonly List<Action> _clears = [];
    private long _generation;

    /// <summary>What a value read from the store now is stamped with; take it before the store is asked.</summary>
    public Stamp Now()
    {
        long now = time.GetTimestamp();
        return new(Interlocked.Read(ref _generation),
            lifetime is { } l ? now + (long)(l.TotalSeconds * time.TimestampFrequency) : long.MaxValue);
    }

    /// <summary>
    /// True while a value stamped <paramref name="stamp"/> may still be served: no write since, and
    /// not expired. A value read before a write but kept after it carries the old generation, so it
    /// is refused even if it slipped in after the caches were emptied.
    /// </summary>
    public bool IsFresh(Stamp stamp) =>
        stamp.Generation == Interlocked.Read(ref _generation) && time.GetTimestamp() < stamp.ExpiresAt;

    /// <summary>Registers a cache's way of forgetting everything.</summary>
    public void OnChange(Action clear)
    {
        lock (_clears) _clears.Add(clear);
    }

    /// <summary>The store changed (the server wrote to it): every kept value is stale.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref _generation);
        lock (_clears) foreach (var clear in _clears) clear();
    }

    /// <summary>A kept value's generation and the timestamp (<see cref="TimeProvider.GetTimestamp"/>) it expires at.</summary>
    public readonly record struct Stamp(long Generation, long ExpiresAt);
}
