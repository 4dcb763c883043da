using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dyad.Output;
using Dyad.Server.Stores;
using Dyad.Storage;
using Dyad.Storage.Querying;
using Dyad.Storage.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> Events(
        [AsParameters] FilterArgs args, StorePool pool, CancellationToken ct,
        [FromQuery] string? offset = null, [FromQuery] string? limit = null, [FromQuery] string? count = null)
    {
        var filter = ArgParsing.Filter(args);
        var skip = ArgParsing.Number(offset, "offset", 0, 0, MaxOffset);
        var take = ArgParsing.Number(limit, "limit", 50, 0, MaxPageSize);
        var withTotal = ArgParsing.Bool(count, "count");
        if ((filter.Error ?? skip.Error ?? take.Error ?? withTotal.Error) is { } error) return Problems.BadRequest(error);
        var (f, daily) = filter.Value;
        return TypedResults.Ok(await pool.RunAsync(store =>
        {
            // One row past the page says whether there is a next one, without counting everything.
            var events = ReadEvents(store, EventQueries.EventPage(f, skip.Value, (int)take.Value + 1, daily));
            bool more = events.Count > take.Value;
            if (more) events.RemoveAt(events.Count - 1);
            long? total = withTotal.Value ? Convert.ToInt64(store.Scalar(EventQueries.Count(f, daily)), CultureInfo.InvariantCulture) : null;
            return new EventPage(events, skip.Value, (int)take.Value, more ? skip.Value + take.Value : null, total);
        }, ct));
    }

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
