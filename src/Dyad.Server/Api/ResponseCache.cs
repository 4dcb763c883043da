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

    private readonly FreshJsonMap _answers;
    private readonly StoreChanges _changes;

    public ResponseCache(int maxEntries, long maxBytes, StoreChanges changes)
    {
        _answers = new FreshJsonMap(maxEntries, maxBytes, changes);
        _changes = changes;
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
        var stamp = _changes.Now();
        if (_answers.Get(key) is { } hit)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = hit.Length;
            await context.Response.Body.WriteAsync(hit, context.RequestAborted);
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
            _answers.Add(key, json, stamp);
        context.Response.ContentLength = json.Length;
        await original.WriteAsync(json, context.RequestAborted);
    }
}
