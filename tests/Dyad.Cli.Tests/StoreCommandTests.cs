using System.Diagnostics;
using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Cli.Tests;

/// <summary><c>dyad code --store</c>, <c>dyad query</c> and <c>dyad export</c>, run as a user would.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), $"dyad-cli-store-{Guid.NewGuid():N}");

    public StoreCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Samples => Path.Combine(DyadProcess.RepoRoot, "samples");

    [Fact]
    public void The_quick_start_codes_the_samples_into_dyad_duckdb_in_the_current_folder_and_query_reads_it()
    {
        var code = StoreProcess.Run(_temp, "code", Samples);
        Assert.Equal(0, code.ExitCode);
        Assert.True(File.Exists(Path.Combine(_temp, "dyad.duckdb")));
        var lines = code.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int samples = Directory.GetFiles(Samples, "*.txt").Length;
        Assert.Matches($@"^stored {samples} stories, \d+ events in dyad\.duckdb$", lines[^2]);
        var events = code.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

        var query = StoreProcess.Run(_temp, "query", "--format", "jsonl");
        Assert.Equal(0, query.ExitCode);
        Assert.Equal(events, query.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Coding the same stories again replaces them: nothing doubles.
        Assert.Equal(0, StoreProcess.Run(_temp, "code", Samples).ExitCode);
        var count = StoreProcess.Run(_temp, "query", "--sql", "SELECT count(*) AS n, count(DISTINCT event_id) AS d, (SELECT count(*) FROM stories) AS s FROM events", "--format", "jsonl");
        using var doc = JsonDocument.Parse(count.Stdout);
        Assert.Equal(events, doc.RootElement.GetProperty("n").GetInt32());
        Assert.Equal(events, doc.RootElement.GetProperty("d").GetInt32());
        Assert.Equal(samples, doc.RootElement.GetProperty("s").GetInt32());
    }

    [Fact]
    public void A_run_killed_halfway_keeps_what_it_committed_and_resume_finishes_with_no_duplicates()
    {
        var corpus = Path.Combine(_temp, "corpus.jsonl");
        int stories = Corpus.Write(corpus, 6_000);
        var store = Path.Combine(_temp, "killed.duckdb");

        // Kill -9 once a few batches are committed: DuckDB's WAL grows with each commit. The last commit
        // may be torn by the kill (and is then rightly lost), so wait until the WAL holds several times
        // what it held when first seen, and has not grown for a moment (no commit half written — on a loaded
        // machine the first sight may come in the middle of the first commit): at least one commit is then whole.
        using (var child = StoreProcess.Start(_temp, "code", corpus, "--keep-duplicates", "--store", store, "--store-batch", "100", "--output", Path.Combine(_temp, "first.jsonl"), "--threads", "1"))
        {
            var wal = store + ".wal";
            var watch = Stopwatch.StartNew();
            long firstSeen = 0, lastSize = -1;
            var unchanged = Stopwatch.StartNew();
            bool Enough()
            {
                long size = File.Exists(wal) ? new FileInfo(wal).Length : 0;
                if (firstSeen == 0) firstSeen = size;
                if (size != lastSize) { lastSize = size; unchanged.Restart(); }
                return size > 200_000 && firstSeen > 0 && size > 3 * firstSeen && unchanged.ElapsedMilliseconds >= 100;
            }
            while (!child.HasExited && !Enough() && watch.Elapsed < TimeSpan.FromSeconds(120))
                Thread.Sleep(5);
            Assert.False(child.HasExited, "the run finished before it could be killed: make the corpus larger");
            child.Kill(); // SIGKILL: no chance to flush or close anything
            child.WaitForExit();
        }

        HashSet<string> before;
        long storedBefore;
        using (var killed = EventStore.Open(store))
        {
            storedBefore = Count(killed, "SELECT count(*) FROM stories");
            before = Ids(killed);
            Assert.InRange(storedBefore, 1, stories - 1);
            // Each committed story has all its events: every story with text "…criticized…" has one.
            Assert.Equal(0, Count(killed, "SELECT count(*) FROM stories s WHERE s.event_count <> (SELECT count(*) FROM events e WHERE e.story_id = s.story_id)"));
        }

        var resumed = StoreProcess.Run(_temp, "code", corpus, "--keep-duplicates", "--store", store, "--resume", "--output", Path.Combine(_temp, "second.jsonl"));
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($", skipped {storedBefore}", resumed.Stderr);

        var clean = Path.Combine(_temp, "clean.duckdb");
        Assert.Equal(0, StoreProcess.Run(_temp, "code", corpus, "--keep-duplicates", "--store", clean, "--output", Path.Combine(_temp, "clean.jsonl")).ExitCode);

        using var after = EventStore.Open(store, StoreAccess.ReadOnly);
        using var reference = EventStore.Open(clean, StoreAccess.ReadOnly);
        Assert.Equal(stories, Count(after, "SELECT count(*) FROM stories"));
        Assert.Equal(0, Count(after, "SELECT count(*) - count(DISTINCT event_id) FROM events"));
        var ids = Ids(after);
        Assert.Superset(before, ids);
        Assert.Equal(Ids(reference), ids);
    }

    [Fact]
    public void Query_filters_print_a_table_jsonl_or_a_series()
    {
        var store = Path.Combine(_temp, "q.duckdb");
        var corpus = Path.Combine(_temp, "small.jsonl");
        Corpus.Write(corpus, 40);
        Assert.Equal(0, StoreProcess.Run(_temp, "code", corpus, "--keep-duplicates", "--store", store, "--output", Path.Combine(_temp, "o.jsonl")).ExitCode);

        var all = Lines(StoreProcess.Run(_temp, "query", "--store", store, "--format", "jsonl").Stdout);
        Assert.NotEmpty(all);
        var dyad = StoreProcess.Run(_temp, "query", "--store", store, "--dyad", "fra-usa", "--format", "jsonl");
        Assert.Equal(0, dyad.ExitCode);
        var rows = Lines(dyad.Stdout).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("FRA", r.GetProperty("source_code").GetString()));
        Assert.Equal(rows.Count, all.Count(l => l.Contains("\"source_code\":\"FRA") && l.Contains("\"target_code\":\"USA")));

        // The samples hold no mass violence (root 20).
        var none = StoreProcess.Run(_temp, "query", "--store", store, "--root", "20", "--format", "jsonl");
        Assert.Empty(Lines(none.Stdout));
        var window = StoreProcess.Run(_temp, "query", "--store", store, "--from", "2019-01-01", "--to", "2019-01-31", "--format", "jsonl");
        Assert.All(Lines(window.Stdout), l => Assert.Contains("\"date\":\"2019-01-", l));

        var series = StoreProcess.Run(_temp, "query", "--store", store, "--source", "FRA", "--series", "month");
        Assert.Equal(0, series.ExitCode);
        Assert.StartsWith("period", series.Stdout);

        var table = StoreProcess.Run(_temp, "query", "--store", store);
        Assert.StartsWith("date ", table.Stdout);
    }

    [Theory]
    [InlineData("--root", "1")]
    [InlineData("--dyad", "IRN")]
    [InlineData("--source", "IR N")]
    [InlineData("--from", "2018-02-30")]
    [InlineData("--sql", "SELECT 1", "--source", "IRN")]
    public void Bad_query_options_are_usage_errors(params string[] options)
    {
        var r = StoreProcess.Run(_temp, ["query", "--store", Path.Combine(_temp, "none.duckdb"), .. options]);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("dyad: ", r.Stderr);
    }

    [Fact]
    public void Export_writes_each_layout_and_gdelt_has_61_columns()
    {
        var store = Path.Combine(_temp, "e.duckdb");
        var corpus = Path.Combine(_temp, "e.jsonl");
        Corpus.Write(corpus, 20);
        var code = StoreProcess.Run(_temp, "code", corpus, "--keep-duplicates", "--store", store, "--output", Path.Combine(_temp, "events.jsonl"));
        Assert.Equal(0, code.ExitCode);
        int events = File.ReadAllLines(Path.Combine(_temp, "events.jsonl")).Length;
        Assert.True(events > 0);

        string Export(string format)
        {
            var path = Path.Combine(_temp, "out." + format);
            var r = StoreProcess.Run(_temp, "export", "--store", store, "--format", format, "--output", path);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("exported ", r.Stderr);
            return path;
        }
        Assert.Equal(File.ReadAllLines(Path.Combine(_temp, "events.jsonl")).Order(), File.ReadAllLines(Export("jsonl")).Order());
        Assert.Equal(events + 1, File.ReadAllLines(Export("csv")).Length);
        Assert.True(new FileInfo(Export("parquet")).Length > 0);
        var gdelt = File.ReadAllLines(Export("gdelt"));
        Assert.NotEmpty(gdelt);
        Assert.All(gdelt, l => Assert.Equal(61, l.Split('\t').Length));
        Assert.All(File.ReadAllLines(Export("phoenix")), l => Assert.Equal(26, l.Split('\t').Length));
    }

    [Fact]
    public void A_store_path_that_is_not_a_database_fails_clearly_and_is_left_untouched()
    {
        var notes = Path.Combine(_temp, "notes.txt");
        File.WriteAllText(notes, "my notes\n");
        foreach (var args in new[] { new[] { "code", Samples, "--store", notes }, ["query", "--store", notes], ["export", "--store", notes, "--format", "csv", "--output", Path.Combine(_temp, "x.csv")] })
        {
            var r = StoreProcess.Run(_temp, args);
            Assert.Equal(1, r.ExitCode);
            Assert.StartsWith("dyad: DYAD-E401", r.Stderr);
            Assert.Equal("", r.Stdout);
        }
        Assert.Equal("my notes\n", File.ReadAllText(notes));
        Assert.False(File.Exists(Path.Combine(_temp, "x.csv")));
    }

    [Fact]
    public void A_postgresql_that_is_down_fails_clearly()
    {
        var r = StoreProcess.Run(_temp, "code", Samples, "--store", "Host=127.0.0.1;Port=9;Username=postgres;Database=dyad");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("dyad: DYAD-E402 cannot connect to PostgreSQL at 127.0.0.1:9/dyad", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [SkippableFact]
    public void The_same_commands_work_against_postgresql()
    {
        var server = Environment.GetEnvironmentVariable("DYAD_TEST_PG");
        Skip.If(string.IsNullOrEmpty(server), "DYAD_TEST_PG is not set (.ci/run sets it)");
        var database = $"dyad_cli_{Guid.NewGuid():N}";
        Postgres.Execute(server, $"CREATE DATABASE {database}");
        try
        {
            var store = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            var corpus = Path.Combine(_temp, "pg.jsonl");
            Corpus.Write(corpus, 40);
            Assert.Equal(0, StoreProcess.Run(_temp, "code", corpus, "--keep-duplicates", "--store", store, "--output", Path.Combine(_temp, "a.jsonl")).ExitCode);
            Assert.Equal(0, StoreProcess.Run(_temp, "code", corpus, "--keep-duplicates", "--store", store, "--output", Path.Combine(_temp, "b.jsonl")).ExitCode);
            var events = File.ReadAllLines(Path.Combine(_temp, "a.jsonl")).Length;
            var q = StoreProcess.Run(_temp, "query", "--store", store, "--format", "jsonl");
            Assert.Equal(events, Lines(q.Stdout).Count);
            var gdelt = Path.Combine(_temp, "pg.gdelt");
            Assert.Equal(0, StoreProcess.Run(_temp, "export", "--store", store, "--format", "gdelt", "--output", gdelt).ExitCode);
            Assert.All(File.ReadAllLines(gdelt), l => Assert.Equal(61, l.Split('\t').Length));
        }
        finally
        {
            Postgres.Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static List<string> Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static long Count(EventStore store, string sql) => Convert.ToInt64(store.Scalar(sql));

    private static HashSet<string> Ids(EventStore store)
    {
        var ids = new HashSet<string>();
        using var reader = store.Query("SELECT event_id FROM events");
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
