using System.Diagnostics;
using System.Globalization;
using Dyad.Bench;
using Dyad.Coding;
using Dyad.Storage;
using Dyad.Storage.Querying;
using Dyad.Storage.Writing;

// Storage benchmarks (Release build; see README "Benchmarks"):
//   write  [EVENTS] [STORE] [WRITERS] — events written per second through StoreSink (the path `dyad code --store` takes; WRITERS as its option, default 2)
//   series [EVENTS] [STORE]  — a dyad time series (IRN→USA per day) over a store of EVENTS events, built if missing
// Coding benchmarks (BenchmarkDotNet, in-process):
//   stages [BENCHMARKDOTNET ARGS] — each pipeline stage alone, and the whole coder, over 200 generated stories
var verb = args.Length > 0 ? args[0] : "write";
long events = verb == "stages" ? 0 : args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : verb == "series" ? 10_000_000 : 1_000_000;
var location = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"dyad-bench-{events}.duckdb");

switch (verb)
{
    case "stages":
        StageSuite.Run(args[1..]);
        return 0;
    case "write":
        if (!EventStore.IsConnectionString(location)) { File.Delete(location); File.Delete(location + ".wal"); }
        var made = Stopwatch.StartNew();
        var stories = Synthetic(events).ToList(); // made before the clock starts: the figure is the sink's and the store's alone
        Console.WriteLine($"  ({made.Elapsed.TotalSeconds:0.00} s to make the synthetic stories first)");
        var (seconds, written, closing) = Write(location, stories, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : new StoreSinkOptions().Writers);
        Console.WriteLine($"write: {written:N0} events in {seconds:0.00} s = {written / seconds:N0} events/s into {location}"
            + $" ({written / (seconds + closing):N0} events/s counting the close)");
        break;
    case "series":
        using (var probe = EventStore.IsConnectionString(location) || File.Exists(location) ? EventStore.Open(location) : null)
        {
            long have = probe is null ? 0 : Convert.ToInt64(probe.Scalar("SELECT count(*) FROM events"), CultureInfo.InvariantCulture);
            if (have < events)
            {
                probe?.Dispose();
                if (!EventStore.IsConnectionString(location)) { File.Delete(location); File.Delete(location + ".wal"); }
                var (s, n, _) = Write(location, Synthetic(events), new StoreSinkOptions().Writers); // streamed: ten million stories do not fit in memory
                Console.WriteLine($"built: {n:N0} events in {s:0.00} s = {n / s:N0} events/s");
            }
        }
        Series(location);
        break;
    default:
        Console.Error.WriteLine("usage: Dyad.Bench write [EVENTS] [STORE] [WRITERS] | series [EVENTS] [STORE] | stages [BENCHMARKDOTNET ARGS]");
        return 2;
}
return 0;

// Seconds from the first story handed to the store sink to the last commit, events written, and
// seconds to close the store afterwards (DuckDB's final checkpoint: work the commits deferred, so it
// is reported beside the sink's figure).
static (double Seconds, long Events, double Closing) Write(string location, IEnumerable<CodingResult> stories, int writers)
{
    var store = EventStore.Open(location);
    using var sink = new StoreSink(store, TimeProvider.System, new StoreSinkOptions(MaxStories: 50_000, Writers: writers));
    var inSink = Stopwatch.StartNew();
    foreach (var story in stories) sink.Coded(story);
    sink.Complete(default);
    inSink.Stop();
    var closing = Stopwatch.StartNew();
    store.Dispose();
    closing.Stop();
    Console.WriteLine($"  ({inSink.Elapsed.TotalSeconds:0.00} s in the store sink; {closing.Elapsed.TotalSeconds:0.00} s to close the store)");
    return (inSink.Elapsed.TotalSeconds, sink.EventsWritten, closing.Elapsed.TotalSeconds);
}

// Synthetic stories (five events each) until EVENTS events.
static IEnumerable<CodingResult> Synthetic(long events)
{
    long n = 0;
    foreach (var story in new SyntheticCorpus(seed: 1).Stories())
    {
        yield return story;
        n += story.Events.Count;
        if (n >= events) yield break;
    }
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
