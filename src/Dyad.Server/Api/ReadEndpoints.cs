using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dyad.Output;
using Dyad.Server.Stores;
using Dyad.Storage;
using Dyad.Storage.Querying;
using Dyad.Storage.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dyad.Server.Api;

/// <summary>
/// The read-only API: events (filtered, paged), one event, a dyad time series, top actors, places,
/// a story with its events, and health. Every store query is <see cref="EventQueries"/>' parameterised
/// SQL; every limit has a ceiling.
/// </summary>
internal static class ReadEndpoints
{
    public const int MaxPageSize = 500;
    public const long MaxOffset = 100_000;
    public const int MaxActors = 100;
    public const int MaxPlaces = 1_000;

    private static readonly string Version =
        typeof(Dyad.Coding.Coder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", Health).WithName("health").WithSummary("Whether the store answers, and whether coding is enabled.");
        api.MapGet("/events", Events).WithName("events")
            .WithSummary($"Events matching the filter, one page at a time (limit ≤ {MaxPageSize}, offset ≤ {MaxOffset:N0}).");
        api.MapGet("/events/{eventId}", Event).WithName("event").WithSummary("One event by its id.");
        api.MapGet("/series", SeriesOf).WithName("series")
            .WithSummary("Counts of matching events per day, week or month, by quad class, with Goldstein sum and mean.");
        api.MapGet("/actors", Actors).WithName("actors").WithSummary($"The actors in most matching events (limit ≤ {MaxActors}).");
        api.MapGet("/places", Places).WithName("places").WithSummary($"Places of matching located events, most events first (limit ≤ {MaxPlaces:N0}).");
        api.MapGet("/stories/{storyId}", Story).WithName("story").WithSummary("A stored story and all its events.");
    }

    private static async Task<Results<Ok<Health>, ProblemHttpResult>> Health(StorePool pool, ServerOptions options, CancellationToken ct)
    {
        var dialect = await pool.RunAsync(store =>
        {
            store.Scalar("SELECT 1");
            return store.Dialect == StoreDialect.Postgres ? "postgres" : "duckdb";
        }, ct);
        return TypedResults.Ok(new Health("ok", dialect, options.Writable, Version));
    }

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult, JsonBytes>> Events(
        [AsParameters] FilterArgs args, StorePool pool, IServiceProvider services, CancellationToken ct,
        [FromQuery] string? offset = null, [FromQuery] string? limit = null, [FromQuery] string? count = null)
    {
        var filter = ArgParsing.Filter(args);
        var skip = ArgParsing.Number(offset, "offset", 0, 0, MaxOffset);
        var take = ArgParsing.Number(limit, "limit", 50, 0, MaxPageSize);
        var withTotal = ArgParsing.Bool(count, "count");
        if ((filter.Error ?? skip.Error ?? take.Error ?? withTotal.Error) is { } error) return Problems.BadRequest(error);
        var (f, daily) = filter.Value;
        if (services.GetService<RowCache>() is { } rows)
        {
            var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            if (await pool.RunAsync(store => PageFromRows(store, rows, json, f, daily, skip.Value, (int)take.Value, withTotal.Value), ct) is { } page)
                return page;
        }
        return TypedResults.Ok(await pool.RunAsync(store =>
        {
            // One row past the page says whether there is a next one, without counting everything.
            var events = ReadEvents(store, EventQueries.EventPage(f, skip.Value, (int)take.Value + 1, daily));
            bool more = events.Count > take.Value;
            if (more) events.RemoveAt(events.Count - 1);
            long? total = withTotal.Value ? Total(store, f, daily) : null;
            return new EventPage(events, skip.Value, (int)take.Value, more ? skip.Value + take.Value : null, total);
        }, ct));
    }

    /// <summary>
    /// The page of <see cref="Events"/>, byte for byte, from the store's ids of the page and the row
    /// cache's rendered events (the rows it lacks are read in one query and kept). Null when a row went
    /// missing between the two queries (another writer on PostgreSQL): the caller reads the page whole.
    /// </summary>
    private static JsonBytes? PageFromRows(EventStore store, RowCache rows, JsonSerializerOptions json,
        EventFilter f, bool daily, long skip, int take, bool withTotal)
    {
        var stamp = rows.Changes.Now();
        var ids = new List<string>(take + 1);
        using (var r = store.Query(EventQueries.EventIdPage(f, skip, take + 1, daily)))
            while (r.Read()) ids.Add(r.GetString(0));
        bool more = ids.Count > take;
        if (more) ids.RemoveAt(ids.Count - 1);
        var rendered = new byte[]?[ids.Count];
        List<string>? missing = null;
        for (int i = 0; i < ids.Count; i++)
            if ((rendered[i] = rows.Get(ids[i])) is null) (missing ??= []).Add(ids[i]);
        if (missing is not null)
        {
            var info = (JsonTypeInfo<CodedEvent>)json.GetTypeInfo(typeof(CodedEvent));
            var read = ReadEvents(store, EventQueries.EventsByIds(missing)).ToDictionary(e => e.EventId, StringComparer.Ordinal);
            for (int i = 0; i < ids.Count; i++)
            {
                if (rendered[i] is not null) continue;
                if (!read.TryGetValue(ids[i], out var e)) return null;
                rows.Add(ids[i], rendered[i] = JsonSerializer.SerializeToUtf8Bytes(e, info), stamp);
            }
        }
        long? total = withTotal ? Total(store, f, daily) : null;

        // The page without events, serialised as Ok<EventPage> would be, with the events spliced into its
        // empty array: names, nulls and escaping stay the serialiser's own.
        var shell = JsonSerializer.SerializeToUtf8Bytes(new EventPage([], skip, take, more ? skip + take : null, total),
            (JsonTypeInfo<EventPage>)json.GetTypeInfo(typeof(EventPage)));
        var head = "{\"events\":["u8;
        if (!shell.AsSpan().StartsWith(head)) throw new InvalidOperationException("an event page no longer starts with its events");
        int length = shell.Length + Math.Max(0, ids.Count - 1);
        foreach (var e in rendered) length += e!.Length;
        var body = new byte[length];
        head.CopyTo(body);
        int at = head.Length;
        for (int i = 0; i < rendered.Length; i++)
        {
            if (i > 0) body[at++] = (byte)',';
            rendered[i].CopyTo(body.AsSpan(at));
            at += rendered[i]!.Length;
        }
        shell.AsSpan(head.Length).CopyTo(body.AsSpan(at));
        return new JsonBytes(body);
    }

    private static long Total(EventStore store, EventFilter f, bool daily) =>
        Convert.ToInt64(store.Scalar(EventQueries.Count(f, daily)), CultureInfo.InvariantCulture);

    private static async Task<Results<Ok<CodedEvent>, ProblemHttpResult>> Event(string eventId, StorePool pool, CancellationToken ct)
    {
        if (eventId.Length > 200) return Problems.BadRequest("eventId is too long");
        var found = await pool.RunAsync(store => ReadEvents(store, EventQueries.EventById(eventId)), ct);
        return found.Count == 0 ? Problems.NotFound("no event with that id") : TypedResults.Ok(found[0]);
    }

    private static async Task<Results<Ok<Series>, ProblemHttpResult>> SeriesOf(
        [AsParameters] FilterArgs args, StorePool pool, CancellationToken ct, [FromQuery] string? period = null)
    {
        var filter = ArgParsing.Filter(args);
        var by = ArgParsing.OneOf(period, "period", "month", "day", "week", "month");
        if ((filter.Error ?? by.Error) is { } error) return Problems.BadRequest(error);
        var bucket = Enum.Parse<SeriesPeriod>(by.Value!, ignoreCase: true);
        var (f, daily) = filter.Value;
        var points = await pool.RunAsync(store =>
        {
            var list = new List<SeriesPoint>();
            using var r = store.Query(EventQueries.SeriesQuery(f, bucket, daily));
            while (r.Read())
            {
                var start = r.GetFieldValue<DateOnly>(0);
                list.Add(new SeriesPoint(Day(start), Day(End(start, bucket)), Long(r, 1), r.IsDBNull(2) ? 0 : r.GetDouble(2), Double(r, 3),
                    Long(r, 4), Long(r, 5), Long(r, 6), Long(r, 7)));
            }
            return list;
        }, ct);
        return TypedResults.Ok(new Series(by.Value!, points));
    }

    private static async Task<Results<Ok<ActorRanking>, ProblemHttpResult>> Actors(
        [AsParameters] FilterArgs args, StorePool pool, CancellationToken ct, [FromQuery] string? role = null, [FromQuery] string? limit = null)
    {
        var filter = ArgParsing.Filter(args);
        var side = ArgParsing.OneOf(role, "role", "either", "source", "target", "either");
        var take = ArgParsing.Number(limit, "limit", 20, 1, MaxActors);
        if ((filter.Error ?? side.Error ?? take.Error) is { } error) return Problems.BadRequest(error);
        var actorRole = Enum.Parse<ActorRole>(side.Value!, ignoreCase: true);
        var actors = await pool.RunAsync(store =>
        {
            var list = new List<ActorCount>();
            using var r = store.Query(EventQueries.TopActors(filter.Value.Filter, actorRole, (int)take.Value));
            while (r.Read()) list.Add(new ActorCount(r.GetString(0), Text(r, 1), Long(r, 2), Double(r, 3)));
            return list;
        }, ct);
        return TypedResults.Ok(new ActorRanking(side.Value!, actors));
    }

    private static async Task<Results<Ok<PlaceList>, ProblemHttpResult>> Places(
        [AsParameters] FilterArgs args, StorePool pool, CancellationToken ct, [FromQuery] string? limit = null)
    {
        var filter = ArgParsing.Filter(args);
        var take = ArgParsing.Number(limit, "limit", 200, 1, MaxPlaces);
        if ((filter.Error ?? take.Error) is { } error) return Problems.BadRequest(error);
        var places = await pool.RunAsync(store =>
        {
            var list = new List<PlaceCount>();
            using var r = store.Query(EventQueries.Places(filter.Value.Filter, (int)take.Value));
            while (r.Read()) list.Add(new PlaceCount(r.GetString(0), Text(r, 1), r.GetDouble(2), r.GetDouble(3), Long(r, 4), Double(r, 5)));
            return list;
        }, ct);
        return TypedResults.Ok(new PlaceList(places));
    }

    private static async Task<Results<Ok<StoryView>, ProblemHttpResult>> Story(string storyId, StorePool pool, CancellationToken ct)
    {
        if (storyId.Length > EventFilter.MaxTextLength || storyId.Contains('\0')) return Problems.BadRequest("storyId is too long or holds NUL");
        var view = await pool.RunAsync(store =>
        {
            StoryRecord? story;
            using (var r = store.Query(EventQueries.StoryById(storyId)))
            {
                story = r.Read()
                    ? new StoryRecord(r.GetString(r.GetOrdinal("story_id")), Day(r.GetFieldValue<DateOnly>(r.GetOrdinal("date"))),
                        Text(r, r.GetOrdinal("source")), Text(r, r.GetOrdinal("title")), Text(r, r.GetOrdinal("url")), Text(r, r.GetOrdinal("language")),
                        r.GetInt32(r.GetOrdinal("text_chars")), r.GetInt32(r.GetOrdinal("event_count")),
                        DateTime.SpecifyKind(r.GetDateTime(r.GetOrdinal("coded_at")), DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    : null;
            }
            if (story is null) return null;
            var events = ReadEvents(store, EventQueries.EventPage(new EventFilter { StoryId = storyId }, 0, 10_000));
            events.Sort((a, b) => a.SentenceIndex.CompareTo(b.SentenceIndex));
            return new StoryView(story, events);
        }, ct);
        return view is null ? Problems.NotFound("no story with that id") : TypedResults.Ok(view);
    }

    internal static List<CodedEvent> ReadEvents(EventStore store, SqlQuery query)
    {
        using var r = store.Query(query);
        var rows = new EventRows(r);
        var list = new List<CodedEvent>();
        while (r.Read()) list.Add(rows.Read(r));
        return list;
    }

    private static DateOnly End(DateOnly start, SeriesPeriod period) => period switch
    {
        SeriesPeriod.Day => start,
        SeriesPeriod.Week => start.AddDays(6),
        SeriesPeriod.Month => start.AddMonths(1).AddDays(-1),
        _ => start.AddYears(1).AddDays(-1),
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}

/// <summary>A JSON answer already rendered to bytes (an event page assembled from the row cache).</summary>
internal sealed class JsonBytes(byte[] body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
