using System.Collections.Concurrent;

namespace Dyad.Server.Api;

/// <summary>
/// Keeps the JSON of successful read answers (events, series, actors, places, stories) by path and
/// query, so a repeated query is a copy of bytes rather than a store query. Entries go stale by
/// <see cref="StoreChanges"/>' rules (the server's own writes; a lifetime on PostgreSQL). Bounded by
/// entry count and bytes: when full it starts afresh.
/// </summary>
internal sealed class ResponseCache
{
    private const int MaxKeyLength = 2048;
    private static readonly string[] CachedPrefixes = ["/api/events", "/api/series", "/api/actors", "/api/places", "/api/stories"];

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _maxEntries;
    private readonly long _maxBytes;
    private readonly StoreChanges _changes;
    private long _bytes;

    public ResponseCache(int maxEntries, long maxBytes, StoreChanges changes)
    {
        (_maxEntries, _maxBytes, _changes) = (maxEntries, maxBytes, changes);
        changes.OnChange(() =>
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        });
    }

    private sealed record Entry(byte[] Json, StoreChanges.Stamp Stamp);

    public async Task Handle(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !CachedPrefixes.Any(p => request.Path.StartsWithSegments(p)))
        {
            await next(context);
            return;
        }
        var key = request.Path.Value + request.QueryString.Value;
        if (key.Length > MaxKeyLength)
        {
            await next(context);
            return;
        }
        var stamp = _changes.Now();
        if (_entries.TryGetValue(key, out var hit) && _changes.IsFresh(hit.Stamp))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = hit.Json.Length;
            await context.Response.Body.WriteAsync(hit.Json, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var json = buffer.ToArray();
        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
            Add(key, json, stamp);
        context.Response.ContentLength = json.Length;
        await original.WriteAsync(json, context.RequestAborted);
    }

    private void Add(string key, byte[] json, StoreChanges.Stamp stamp)
    {
        if (_entries.Count >= _maxEntries || Interlocked.Add(ref _bytes, json.Length) > _maxBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, json.Length);
        }
        _entries[key] = new Entry(json, stamp);
    }
}
