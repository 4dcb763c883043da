using System.Diagnostics;
using System.Globalization;
using Dyad.Bench;
using Dyad.Storage;
using Dyad.Storage.Querying;
using Dyad.Storage.Writing;

// Storage benchmarks (Release build; see README "Benchmarks"):
//   write  [EVENTS] [STORE]  — events written per second through StoreSink (the path `dyad code --store` takes)
//   series [EVENTS] [STORE]  — a dyad time series (IRN→USA per day) over a store of EVENTS events, built if missing
var verb = args.Length > 0 ? args[0] : "write";
long events = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : verb == "series" ? 10_000_000 : 1_000_000;
var location = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"dyad-bench-{events}.duckdb");

switch (verb)
{
    case "write":
        if (!EventStore.IsConnectionString(location)) { File.Delete(location); File.Delete(location + ".wal"); }
        var (seconds, written) = Write(location, events);
        Console.WriteLine($"write: {written:N0} events in {seconds:0.00} s = {written / seconds:N0} events/s into {location}");
        break;
    case "series":
        using (var probe = EventStore.IsConnectionString(location) || File.Exists(location) ? EventStore.Open(location) : null)
        {
            long have = probe is null ? 0 : Convert.ToInt64(probe.Scalar("SELECT count(*) FROM events"), CultureInfo.InvariantCulture);
            if (have < events)
            {
                probe?.Dispose();
                if (!EventStore.IsConnectionString(location)) { File.Delete(location); File.Delete(location + ".wal"); }
                var (s, n) = Write(location, events);
                Console.WriteLine($"built: {n:N0} events in {s:0.00} s = {n / s:N0} events/s");
            }
        }
        Series(location);
        break;
    case "raw":
    {
        var path = "/tmp/raw.duckdb"; File.Delete(path); File.Delete(path + ".wal");
        using (var st = EventStore.Open(path)) { }
        using var c = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + path); c.Open();
        using (var cmd = c.CreateCommand()) { cmd.CommandText = "CREATE TABLE t (a TEXT, b TEXT, c DATE, d INTEGER, e TEXT, " + string.Join(", ", Enumerable.Range(5, 27).Select(k => $"c{k} TEXT")) + ")"; cmd.ExecuteNonQuery(); }
        var list = new List<Dyad.Output.CodedEvent>();
        foreach (var st in new SyntheticCorpus(1).Stories()) { list.AddRange(st.Events); if (list.Count >= events) break; }
        int cols = args.Length > 2 ? int.Parse(args[2]) : 32;
        var sw = Stopwatch.StartNew();
        using (var tx = c.BeginTransaction())
        {
            using var ap = c.CreateAppender("t");
            foreach (var e in list)
            {
                var row = ap.CreateRow();
                U(row, e.EventId); U(row, e.StoryId); row.AppendValue((DateOnly?)new DateOnly(2020,1,1)).AppendValue((int?)e.SentenceIndex); U(row, e.Sentence);
                for (int k = 5; k < 32; k++) { if (k < cols) U(row, e.Source.Code); else row.AppendNullValue(); }
                row.EndRow();
            }
            ap.Close();
            tx.Commit();
        }
        Console.WriteLine($"raw appender {cols} cols: {list.Count / sw.Elapsed.TotalSeconds:N0} rows/s");
        break;
    }
    case "gen":
        var swg = Stopwatch.StartNew(); long g = 0;
        foreach (var st in new SyntheticCorpus(1).Stories()) { g += st.Events.Count; if (g >= events) break; }
        Console.WriteLine($"gen: {g / swg.Elapsed.TotalSeconds:N0} events/s");
        break;
    default:
        Console.Error.WriteLine("usage: Dyad.Bench write|series [EVENTS] [STORE]");
        return 2;
}
return 0;

static void U(DuckDB.NET.Data.IDuckDBAppenderRow row, string? s)
{
    if (s is null) { row.AppendNullValue(); return; }
    Span<byte> buf = stackalloc byte[1024];
    int n = System.Text.Encoding.UTF8.GetBytes(s, buf);
    row.AppendValue(buf[..n]);
}

static (double Seconds, long Events) Write(string location, long events)
{
    var corpus = new SyntheticCorpus(seed: 1);
    var sw = Stopwatch.StartNew();
    using var store = EventStore.Open(location);
    var sink = new StoreSink(store, TimeProvider.System, new StoreSinkOptions(MaxStories: 50_000));
    long n = 0;
    var inSink = new Stopwatch();
    foreach (var story in corpus.Stories())
    {
        inSink.Start();
        sink.Coded(story);
        inSink.Stop();
        n += story.Events.Count;
        if (n >= events) break;
    }
    inSink.Start();
    sink.Complete(default);
    inSink.Stop();
    Console.WriteLine($"  (wall {sw.Elapsed.TotalSeconds:0.00} s including generating the synthetic events; {inSink.Elapsed.TotalSeconds:0.00} s in the store sink)");
    return (inSink.Elapsed.TotalSeconds, sink.EventsWritten);
}

static void Series(string location)
{
    using var store = EventStore.Open(location, StoreAccess.ReadOnly);
    long total = Convert.ToInt64(store.Scalar("SELECT count(*) FROM events"), CultureInfo.InvariantCulture);
    var sql = EventQueries.Series(new EventFilter { Source = "IRN", Target = "USA" }, SeriesPeriod.Day);
    var times = new List<double>();
    long rows = 0, matched = 0;
    for (int i = 0; i < 7; i++)
    {
        var sw = Stopwatch.StartNew();
        using var reader = store.Query(sql);
        rows = 0; matched = 0;
        while (reader.Read()) { rows++; matched += reader.GetInt64(1); }
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"series: IRN→USA per day over {total:N0} events: {rows:N0} days, {matched:N0} events; first run {times[^1]:0} ms (max), median {times[times.Count / 2]:0} ms, best {times[0]:0} ms");
}
