using System.Globalization;

namespace Dyad.Storage.Querying;

/// <summary>Time buckets for a dyad time series.</summary>
public enum SeriesPeriod
{
    /// <summary>One row a day.</summary>
    Day,
    /// <summary>One row an ISO week (its Monday).</summary>
    Week,
    /// <summary>One row a month (its first day).</summary>
    Month,
    /// <summary>One row a year (its first day).</summary>
    Year,
}

/// <summary>Which side of an event an actor ranking counts.</summary>
public enum ActorRole
{
    /// <summary>Actors as sources.</summary>
    Source,
    /// <summary>Actors as targets.</summary>
    Target,
    /// <summary>Actors on either side (an event counts once for each).</summary>
    Either,
}

/// <summary>
/// The SQL behind <c>dyad query</c>, <c>dyad export</c> and <c>dyad serve</c>; the same text runs on
/// DuckDB and PostgreSQL. Methods returning a string write filter values as literals (exports, the
/// command line); those returning a <see cref="SqlQuery"/> pass every value as a parameter (the server).
/// </summary>
public static class EventQueries
{
    /// <summary>The order events are listed and exported in: stable across runs and databases.</summary>
    public const string EventOrder = "date, story_id, sentence_index, event_id";

    /// <summary>Events matching <paramref name="filter"/>; from <c>events_daily</c> (one a day) when <paramref name="daily"/>.</summary>
    public static string Events(EventFilter filter, bool daily = false, long? limit = null) =>
        $"SELECT * FROM {Table(daily)}{filter.Where()} ORDER BY {EventOrder}" + (limit is { } n ? $" LIMIT {n}" : "");

    /// <summary>One page of matching events in <see cref="EventOrder"/>: <paramref name="limit"/> rows after skipping <paramref name="offset"/>.</summary>
    public static SqlQuery EventPage(EventFilter filter, long offset, int limit, bool daily = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var parameters = new List<object>();
        var where = filter.Where("", parameters);
        parameters.Add((long)limit);
        parameters.Add(offset);
        return new($"SELECT * FROM {Table(daily)}{where} ORDER BY {EventOrder} LIMIT ${parameters.Count - 1} OFFSET ${parameters.Count}", parameters);
    }

    /// <summary>
    /// The ids of one page of matching events, as <see cref="EventPage"/> would list them: a server
    /// keeping rendered events asks only for these (reading just the key columns is far cheaper than
    /// whole rows in a columnar store) and then <see cref="EventsByIds"/> for those it lacks.
    /// </summary>
    public static SqlQuery EventIdPage(EventFilter filter, long offset, int limit, bool daily = false)
    {
        var page = EventPage(filter, offset, limit, daily);
        return page with { Text = "SELECT event_id" + page.Text["SELECT *".Length..] };
    }

    /// <summary>The events with these ids (from <c>events</c>: a row of <c>events_daily</c> is the same row), in no particular order.</summary>
    public static SqlQuery EventsByIds(IReadOnlyList<string> eventIds) =>
        new("SELECT * FROM events WHERE event_id IN (SELECT unnest($1))", [eventIds.ToArray()]);

    /// <summary>How many events match.</summary>
    public static SqlQuery Count(EventFilter filter, bool daily = false)
    {
        var parameters = new List<object>();
        return new($"SELECT count(*) FROM {Table(daily)}{filter.Where("", parameters)}", parameters);
    }

    /// <summary>One event by id (no rows when there is none).</summary>
    public static SqlQuery EventById(string eventId) => new("SELECT * FROM events WHERE event_id = $1", [eventId]);

    /// <summary>One story row by id (no rows when there is none).</summary>
    public static SqlQuery StoryById(string storyId) => new("SELECT * FROM stories WHERE story_id = $1", [storyId]);

    /// <summary>
    /// A time series over the matching events: per period the number of events, the sum and mean of
    /// their Goldstein values, and how many fall in each quad class (1 verbal cooperation, 2 material
    /// cooperation, 3 verbal conflict, 4 material conflict).
    /// </summary>
    public static string Series(EventFilter filter, SeriesPeriod period, bool daily = false) =>
        SeriesSql(filter.Where(), period, daily);

    /// <summary>The time series of <see cref="Series(EventFilter, SeriesPeriod, bool)"/>, with parameters.</summary>
    public static SqlQuery SeriesQuery(EventFilter filter, SeriesPeriod period, bool daily = false)
    {
        var parameters = new List<object>();
        return new(SeriesSql(filter.Where("", parameters), period, daily), parameters);
    }

    /// <summary>
    /// The actors in most matching events, most first (ties by code): per actor code its most common
    /// name (the largest, for a stable answer), its event count and mean Goldstein.
    /// </summary>
    public static SqlQuery TopActors(EventFilter filter, ActorRole role, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var parameters = new List<object>();
        string Side(string side) =>
            $"SELECT {side}_code AS code, {side}_name AS name, goldstein FROM events{filter.Where("", parameters)}";
        var rows = role switch
        {
            ActorRole.Source => Side("source"),
            ActorRole.Target => Side("target"),
            _ => Side("source") + " UNION ALL " + Side("target"),
        };
        parameters.Add((long)limit);
        return new($"""
            SELECT code, max(name) AS name, count(*) AS events, avg(goldstein) AS goldstein_mean
            FROM ({rows}) AS sides
            GROUP BY code ORDER BY events DESC, code LIMIT ${parameters.Count}
            """, parameters);
    }

    /// <summary>The places of matching located events, most events first: name, country, latitude, longitude, count, mean Goldstein.</summary>
    public static SqlQuery Places(EventFilter filter, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var parameters = new List<object>();
        var where = (filter with { Located = true }).Where("", parameters);
        parameters.Add((long)limit);
        return new($"""
            SELECT location_name AS name, location_country AS country, location_lat AS lat, location_lon AS lon,
                   count(*) AS events, avg(goldstein) AS goldstein_mean
            FROM events{where}
            GROUP BY 1, 2, 3, 4 ORDER BY events DESC, name, lat, lon LIMIT ${parameters.Count}
            """, parameters);
    }

    private static string Table(bool daily) => daily ? "events_daily" : "events";

    private static string SeriesSql(string where, SeriesPeriod period, bool daily)
    {
        var bucket = period switch
        {
            SeriesPeriod.Day => "date",
            _ => $"CAST(date_trunc('{period.ToString().ToLower(CultureInfo.InvariantCulture)}', CAST(date AS TIMESTAMP)) AS DATE)",
        };
        return $"""
            SELECT {bucket} AS period, count(*) AS events, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                   count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict
            FROM {Table(daily)}{where}
            GROUP BY 1 ORDER BY 1
            """;
    }
}
