using System.Text.Json;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Storage.Export;
using Dyad.Storage.Querying;
using Dyad.Storage.Schema;
using Dyad.Storage.Tests.TestSupport;
using Dyad.Storage.Writing;

namespace Dyad.Storage.Tests;

/// <summary>
/// What every store must do, run against DuckDB and PostgreSQL alike: the two share one schema and
/// one set of queries, so they must give the same answers.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private static readonly DateTime At = new(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    private protected TempFolder Temp { get; } = new();

    /// <summary>A new, empty store; null when this database is not available here (the test then passes without running).</summary>
    protected abstract EventStore? NewStore();

    public virtual void Dispose() => Temp.Dispose();

    private static void Write(EventStore store, params object[] items)
    {
        var batch = new StoreBatch();
        foreach (var item in items)
        {
            if (item is Dyad.Coding.CodingResult r) batch.Add(r);
            else batch.Add((Reject)item);
        }
        store.Write(batch, At);
    }

    [SkippableFact]
    public void Recoding_a_story_replaces_its_row_and_all_its_events()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store, Stories.Coded("a", "2018-04-06", "first text", "reuters", "IRNGOV USA 111", "IRN ISR 112", "RUS IRN 040"),
                     Stories.Coded("b", "2018-04-06", "other", "afp", "FRA USA 111"));
        Write(store, Stories.Coded("a", "2018-04-06", "second text", "reuters", "IRNGOV USA 111", "PAK IRN 040"));

        Assert.Equal(2, store.Count("SELECT count(*) FROM stories"));
        Assert.Equal(3, store.Count("SELECT count(*) FROM events"));
        Assert.Equal(["IRNGOV USA", "PAK IRN"], store.Strings("SELECT source_code || ' ' || target_code FROM events WHERE story_id = 'a' ORDER BY sentence_index"));
        Assert.Equal(StoryKey.TextHash("second text"), store.Strings("SELECT text_hash FROM stories WHERE story_id = 'a'").Single());
        Assert.Equal(0, store.Count("SELECT count(*) - count(DISTINCT event_id) FROM events"));
    }

    [SkippableFact]
    public void A_story_twice_in_one_batch_keeps_the_later_and_only_its_events()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store, Stories.Coded("a", "2018-04-06", "v1", null, "IRN USA 111", "IRN ISR 112"),
                     Stories.Coded("a", "2018-04-07", "v2", null, "RUS USA 040"));
        Assert.Equal(["2018-04-07"], store.Strings("SELECT CAST(date AS TEXT) FROM stories"));
        Assert.Equal(["RUS"], store.Strings("SELECT source_code FROM events"));
    }

    [SkippableFact]
    public void Every_field_of_the_record_comes_back_out_unchanged()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        var story = Stories.Coded("a", "2018-04-06", "text", "reuters", "IRNGOVMIL KAZGOV 040 0", "IRN USA 111 3");
        Write(store, story);
        var output = new StringWriter();
        using (var reader = store.Query(EventQueries.Events(EventFilter.All)))
        {
            var rows = new EventRows(reader);
            while (reader.Read()) output.Write(EventJson.Serialize(rows.Read(reader)) + "\n");
        }
        var expected = string.Concat(story.Events.Select(e => EventJson.Serialize(e) + "\n"));
        Assert.Equal(expected, output.ToString());
    }

    [SkippableFact]
    public void Event_counts_give_mentions_sources_and_stories_and_events_daily_keeps_one_a_day()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store,
            Stories.Coded("a", "2018-04-06", "t", "reuters", "IRN USA 111 0", "IRN USA 111 2"),
            Stories.Coded("b", "2018-04-06", "t", "afp", "IRN USA 111 0"),
            Stories.Coded("c", "2018-04-06", "t", "afp", "IRN USA 112 0"),
            Stories.Coded("d", "2018-04-07", "t", null, "IRN USA 111 0"));
        using (var r = store.Query("SELECT mentions, sources, stories FROM event_counts WHERE date = DATE '2018-04-06' AND cameo = '111'"))
        {
            Assert.True(r.Read());
            Assert.Equal((3L, 2L, 2L), (Convert.ToInt64(r.GetValue(0)), Convert.ToInt64(r.GetValue(1)), Convert.ToInt64(r.GetValue(2))));
        }
        Assert.Equal(3, store.Count("SELECT count(*) FROM event_counts"));
        Assert.Equal(3, store.Count("SELECT count(*) FROM events_daily"));
        Assert.Equal(1, store.Count("SELECT sources FROM event_counts WHERE date = DATE '2018-04-07'"));
    }

    [SkippableFact]
    public void Filters_select_by_actor_prefix_root_and_inclusive_dates()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store,
            Stories.Coded("a", "2018-01-01", "t", null, "IRNGOV USA 111", "USA IRN 040"),
            Stories.Coded("b", "2018-02-01", "t", null, "IRN USAGOV 112", "IRN ISR 190"),
            Stories.Coded("c", "2018-03-01", "t", null, "IRQ USA 111"));
        long Rows(EventFilter f) => store.Count($"SELECT count(*) FROM ({EventQueries.Events(f)}) AS q");
        Assert.Equal(2, Rows(new EventFilter { Source = "IRN", Target = "USA" }));
        Assert.Equal(1, Rows(new EventFilter { Source = "IRNGOV" }));
        Assert.Equal(3, Rows(new EventFilter { Target = "USA" }));
        Assert.Equal(3, Rows(new EventFilter { Root = "11" }));
        Assert.Equal(1, Rows(new EventFilter { Root = "19" }));
        Assert.Equal(3, Rows(new EventFilter { From = new DateOnly(2018, 2, 1), To = new DateOnly(2018, 3, 1) }));
        using var series = store.Query(EventQueries.Series(new EventFilter { Source = "IRN", Target = "USA" }, SeriesPeriod.Month));
        var months = new List<(string, long, double)>();
        while (series.Read()) months.Add((series.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd"), Convert.ToInt64(series.GetValue(1)), series.GetDouble(2)));
        Assert.Equal([("2018-01-01", 1L, -2.0), ("2018-02-01", 1L, -2.0)], months);
    }

    [SkippableFact]
    public void Parameterised_queries_match_the_literal_ones_and_treat_values_as_data()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store,
            Stories.Coded("a", "2018-01-01", "t", null, "IRNGOV USA 111", "USA IRN 040"),
            Stories.Coded("b", "2018-01-03", "t", null, "IRN USAGOV 112", "IRN ISR 190"),
            Stories.Coded("c", "2018-03-01", "t", null, "IRQ USA 111"));
        long Rows(SqlQuery q) { using var r = store.Query(q); return r.Read() ? Convert.ToInt64(r.GetValue(0)) : -1; }
        long Literal(EventFilter f) => store.Count($"SELECT count(*) FROM ({EventQueries.Events(f)}) AS q");
        EventFilter[] filters =
        [
            new() { Source = "IRN", Target = "USA" }, new() { Root = "11" }, new() { QuadClass = 3 },
            new() { From = new DateOnly(2018, 1, 3), To = new DateOnly(2018, 3, 1) }, new() { StoryId = "b" },
            new() { Text = "IRQ AND usa" }, new() { Location = "Moscow" }, new() { Located = true },
        ];
        foreach (var f in filters) Assert.Equal(Literal(f), Rows(EventQueries.Count(f)));
        Assert.Equal(3, Rows(EventQueries.Count(new EventFilter { Located = true })));
        // Quotes, wildcards and SQL in a value are searched for as text.
        foreach (var text in new[] { "' OR '1'='1", "%", "_", "x'); DROP TABLE events; --" })
            Assert.Equal(0, Rows(EventQueries.Count(new EventFilter { Text = text })));
        Assert.Equal(5, store.Count("SELECT count(*) FROM events"));

        var ids = new List<string>();
        for (int offset = 0; offset < 6; offset += 2)
        {
            using var page = store.Query(EventQueries.EventPage(EventFilter.All, offset, 2));
            var rows = new EventRows(page);
            while (page.Read()) ids.Add(rows.Read(page).EventId);
        }
        var all = new List<string>();
        using (var r = store.Query(EventQueries.Events(EventFilter.All)))
        {
            var rows = new EventRows(r);
            while (r.Read()) all.Add(rows.Read(r).EventId);
        }
        Assert.Equal(all, ids);

        var actors = new List<(string, long)>();
        using (var r = store.Query(EventQueries.TopActors(EventFilter.All, ActorRole.Either, 2)))
            while (r.Read()) actors.Add((r.GetString(0), Convert.ToInt64(r.GetValue(2))));
        Assert.Equal([("IRN", 3L), ("USA", 3L)], actors);

        using (var r = store.Query(EventQueries.Places(new EventFilter { Source = "IRN" }, 10)))
        {
            Assert.True(r.Read());
            Assert.Equal(("Moscow", 2L), (r.GetString(0), Convert.ToInt64(r.GetValue(4))));
            Assert.False(r.Read());
        }

        var weeks = new List<(string, long)>();
        using (var r = store.Query(EventQueries.SeriesQuery(new EventFilter { Target = "USA" }, SeriesPeriod.Week)))
            while (r.Read()) weeks.Add((r.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd"), Convert.ToInt64(r.GetValue(1))));
        // 2018-01-01 and -03 share the week of Monday 1 January; 1 March 2018 is in the week of Monday 26 February.
        Assert.Equal([("2018-01-01", 2L), ("2018-02-26", 1L)], weeks);
    }

    [SkippableFact]
    public void Rejects_are_kept_one_per_origin_and_dropped_when_the_story_is_coded()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store, new Reject("x", "in.jsonl:3", "DYAD-E105 invalid date"), new Reject(null, "in.jsonl:4", "DYAD-E102 line is not JSON"));
        Write(store, new Reject("x", "in.jsonl:3", "DYAD-E106 empty text"));
        Assert.Equal(["DYAD-E106 empty text", "DYAD-E102 line is not JSON"], store.Strings("SELECT reason FROM rejects ORDER BY origin"));
        Write(store, Stories.Coded("x", "2018-01-01", "fixed", null, "IRN USA 111"));
        Assert.Equal(1, store.Count("SELECT count(*) FROM rejects"));
    }

    [SkippableFact]
    public void Resume_keys_match_the_same_id_date_and_text_only()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store, Stories.Coded("a", "2018-01-01", "text", null, "IRN USA 111"));
        var keys = store.StoredStoryKeys();
        Assert.Contains(StoryKey.Resume("a", new DateOnly(2018, 1, 1), StoryKey.TextHash("text")), keys);
        Assert.DoesNotContain(StoryKey.Resume("a", new DateOnly(2018, 1, 1), StoryKey.TextHash("edited")), keys);
        Assert.DoesNotContain(StoryKey.Resume("a", new DateOnly(2018, 1, 2), StoryKey.TextHash("text")), keys);
    }

    [SkippableFact]
    public void Exports_write_every_layout_with_the_right_rows_and_columns()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Write(store,
            Stories.Coded("a", "2018-04-06", "t", "reuters", "IRNGOVMIL USA 111 0", "IRN USA 111 2"),
            Stories.Coded("b", "2018-04-06", "t", "afp", "IRNGOVMIL USA 111 0", "IGOUNO IRN 040 1"));
        string Export(ExportFormat f, bool daily = false)
        {
            var path = Temp.File($"out-{f}-{daily}");
            var rows = EventExport.Run(store, f, EventFilter.All, path, daily);
            Assert.True(rows > 0);
            return path;
        }
        var jsonl = File.ReadAllLines(Export(ExportFormat.Jsonl));
        Assert.Equal(4, jsonl.Length);
        Assert.All(jsonl, line => Assert.NotNull(EventJson.Deserialize(line)));
        Assert.Equal(5, File.ReadAllLines(Export(ExportFormat.Csv)).Length);
        Assert.Equal(4, File.ReadAllLines(Export(ExportFormat.Csv, daily: true)).Length);

        var gdelt = File.ReadAllLines(Export(ExportFormat.Gdelt)).Select(l => l.Split('\t')).ToList();
        Assert.Equal(3, gdelt.Count);
        Assert.All(gdelt, row => Assert.Equal(61, row.Length));
        var merged = gdelt.Single(r => r[5] == "IRNGOVMIL");
        Assert.Equal(["20180406", "201804", "2018"], merged[1..4]);
        Assert.Equal(["GOV", "MIL"], merged[12..14]);
        Assert.Equal(["111", "111", "11", "3", "-2.0", "2", "2", "2"], merged[26..34]);
        Assert.Equal("Moscow", merged[52]);

        var phoenix = File.ReadAllLines(Export(ExportFormat.Phoenix)).Select(l => l.Split('\t')).ToList();
        Assert.Equal(3, phoenix.Count);
        Assert.All(phoenix, row => Assert.Equal(26, row.Length));
        var un = phoenix.Single(r => r[5] == "IGOUNO");
        Assert.Equal(["IGOUNO", "IGO", "", "UNO"], un[5..9]);
        var daily = phoenix.Single(r => r[5] == "IRNGOVMIL");
        Assert.Equal(["IRNGOVMIL", "IRN", "GOV", "MIL"], daily[5..9]);
        Assert.Equal("a-0;b-0", daily[23]);
        Assert.Equal("afp;reuters", daily[25]);

        var parquet = Export(ExportFormat.Parquet);
        using var reader = global::Dyad.Storage.DuckDb.DuckDbStore.OpenFile(Temp.File("check.duckdb"), StoreAccess.ReadWrite);
        Assert.Equal(4, reader.Count($"SELECT count(*) FROM read_parquet('{parquet}')"));
        Assert.Equal(Migrations.EventColumns, reader.Strings($"SELECT name FROM parquet_schema('{parquet}') WHERE name <> 'duckdb_schema'"));
    }

    [SkippableFact]
    public void The_schema_has_the_documented_columns_in_order_and_its_version()
    {
        using var store = NewStore();
        Skip.If(store is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        Assert.Equal(Migrations.EventColumns, Columns(store, "events"));
        Assert.Equal(Migrations.StoryColumns, Columns(store, "stories"));
        Assert.Equal(Migrations.RejectColumns, Columns(store, "rejects"));
        Assert.Equal(Migrations.Latest, store.Count("SELECT max(version) FROM schema_version"));
    }

    private static List<string> Columns(EventStore store, string table) =>
        store.Strings($"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' AND table_schema IN ('main', 'public') ORDER BY ordinal_position");
}
