using System.Collections.Concurrent;

namespace Dyad.Server.Api;

/// <summary>
/// Keeps the JSON of successful read answers (events, series, actors, places, stories) by path and
/// query, so a repeated query is a copy of bytes rather than a store query. Correct because the data
/// cannot change behind the server's back: a read-only DuckDB file cannot be written while the server
/// holds it, a writable server drops every entry after its own writes (<see cref="Invalidate"/>), and
/// on PostgreSQL, where other coders may write, entries live for <see cref="ServerOptions.CacheSeconds"/>.
/// Bounded by entry count and bytes: when full it starts afresh.
/// </summary>
internal sealed class ResponseCache(int maxEntries, long maxBytes, TimeSpan? lifetime, TimeProvider time)
{
    private const int MaxKeyLength = 2048;
    private static readonly string[] CachedPrefixes = ["/api/events", "/api/series", "/api/actors", "/api/places", "/api/stories"];

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation, _bytes;

    private sealed record Entry(byte[] Json, long Generation, long ExpiresAt);

    /// <summary>Forgets every answer (after the store changed).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }

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
        long now = time.GetTimestamp(), generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var hit) && hit.Generation == generation && now < hit.ExpiresAt)
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
            Add(key, json, generation, now);
        context.Response.ContentLength = json.Length;
        await original.WriteAsync(json, context.RequestAborted);
    }

    private void Add(string key, byte[] json, long generation, long now)
    {
        if (_entries.Count >= maxEntries || Interlocked.Add(ref _bytes, json.Length) > maxBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, json.Length);
        }
        long expires = lifetime is { } l ? now + (long)(l.TotalSeconds * time.TimestampFrequency) : long.MaxValue;
        _entries[key] = new Entry(json, generation, expires);
    }
}
