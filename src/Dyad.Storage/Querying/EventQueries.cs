namespace Dyad.Storage.Querying;

/// <summary>Time buckets for a dyad time series.</summary>
public enum SeriesPeriod
{
    /// <summary>One row a day.</summary>
    Day,
    /// <summary>One row a month (its first day).</summary>
    Month,
    /// <summary>One row a year (its first day).</summary>
    Year,
}

/// <summary>The SQL behind <c>dyad query</c> and <c>dyad export</c>; the same text runs on DuckDB and PostgreSQL.</summary>
public static class EventQueries
{
    /// <summary>The order events are listed and exported in: stable across runs and databases.</summary>
    public const string EventOrder = "date, story_id, sentence_index, event_id";

    /// <summary>Events matching <paramref name="filter"/>; from <c>events_daily</c> (one a day) when <paramref name="daily"/>.</summary>
    public static string Events(EventFilter filter, bool daily = false, long? limit = null) =>
        $"SELECT * FROM {(daily ? "events_daily" : "events")}{filter.Where()} ORDER BY {EventOrder}" + (limit is { } n ? $" LIMIT {n}" : "");

    /// <summary>
    /// A time series over the matching events: per period the number of events, the sum and mean of
    /// their Goldstein values, and how many fall in each quad class (1 verbal cooperation, 2 material
    /// cooperation, 3 verbal conflict, 4 material conflict).
    /// </summary>
    public static string Series(EventFilter filter, SeriesPeriod period, bool daily = false)
    {
        var bucket = period switch
        {
            SeriesPeriod.Day => "date",
            SeriesPeriod.Month => "CAST(date_trunc('month', CAST(date AS TIMESTAMP)) AS DATE)",
            _ => "CAST(date_trunc('year', CAST(date AS TIMESTAMP)) AS DATE)",
        };
        return $"""
            SELECT {bucket} AS period, count(*) AS events, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                   count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict
            FROM {(daily ? "events_daily" : "events")}{filter.Where()}
            GROUP BY 1 ORDER BY 1
            """;
    }
}
