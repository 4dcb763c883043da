using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dyad.Cli.Bench;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad bench [--corpus PATH]</c>: codes a corpus exactly as <c>dyad code --no-store</c> does
/// (events serialised, then dropped) and prints one JSON line of figures. Without a corpus it
/// codes stories generated in memory from the bundled samples; <c>--generate FILE</c> writes such
/// a corpus instead.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus", "-c") { Description = "Stories to code (anything 'dyad code' reads). Default: generated from the bundled samples." };
        var stories = new Option<long>("--stories", "-n") { Description = "How many stories to generate (without --corpus, or with --generate).", DefaultValueFactory = _ => 2_000 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var generate = new Option<string?>("--generate") { Description = "Write a generated JSONL corpus (.jsonl or .jsonl.gz) to this file and stop." };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator.", DefaultValueFactory = _ => 1 };
        var maxBytes = new Option<int>("--max-story-bytes") { Description = "Reject stories larger than this many bytes.", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("bench", "Measure coding speed and memory on a corpus; print one JSON line.") { corpus, stories, threads, generate, seed, maxBytes };
        command.SetAction(parse =>
        {
            if (parse.GetValue(threads) < 1) throw new UsageException("--threads must be at least 1");
            if (parse.GetValue(stories) < 1) throw new UsageException("--stories must be at least 1");
            var generator = () => new CorpusGenerator(parse.GetValue(seed));
            if (parse.GetValue(generate) is { } target)
            {
                var sw = Stopwatch.StartNew();
                generator().Write(target, parse.GetValue(stories));
                Console.Error.WriteLine($"wrote {parse.GetValue(stories):N0} stories to {target} in {sw.Elapsed.TotalSeconds:0.0} s");
                return Cli.Ok;
            }
            var path = parse.GetValue(corpus);
            if (path is not null && !File.Exists(path) && !Directory.Exists(path))
                throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, path));
            byte[]? generated = path is null ? generator().ToBytes(parse.GetValue(stories)) : null;
            var figures = Measure(path, generated, parse.GetValue(threads), new ReaderOptions { MaxStoryBytes = parse.GetValue(maxBytes) });
            Console.WriteLine(figures);
            return Cli.Ok;
        });
        return command;
    }

    private static string Measure(string? path, byte[]? generated, int threads, ReaderOptions options)
    {
        var process = Process.GetCurrentProcess();
        var started = process.StartTime.ToUniversalTime();
        var load = Stopwatch.StartNew();
        var counter = new CountingStage();
        var stages = Coder.DefaultStages().Select(stage => new TimedStage(stage)).ToList();
        var coder = new Coder(new CodingPipeline([.. stages, counter]), Cameo.CameoTable.Shared);
        load.Stop();

        var sink = new TimingSink(started);
        var run = new CodingRun(coder, new StoryReader(options), threads);
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var summary = generated is null
            ? run.Run([path!], [sink])
            : run.Run(["-"], [sink], stdin: () => new MemoryStream(generated, writable: false));
        wall.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        double seconds = wall.Elapsed.TotalSeconds;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("corpus", path ?? $"generated in memory ({generated!.Length:N0} bytes)");
            json.WriteNumber("stories", summary.Read);
            json.WriteNumber("rejected", summary.Rejected);
            json.WriteStartObject("rejected_by_reason");
            foreach (var (id, count) in sink.Rejects) json.WriteNumber(id, count);
            json.WriteEndObject();
            json.WriteNumber("sentences", counter.Sentences);
            json.WriteNumber("tokens", counter.Tokens);
            json.WriteNumber("events", summary.Events);
            json.WriteNumber("threads", threads);
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteNumber("cpu_seconds", Math.Round(cpu, 3));
            json.WriteNumber("sentences_per_second", Math.Round(counter.Sentences / seconds));
            json.WriteNumber("sentences_per_second_per_thread", Math.Round(counter.Sentences / seconds / threads));
            json.WriteNumber("sentences_per_cpu_second", Math.Round(counter.Sentences / cpu));
            json.WriteNumber("peak_working_set_mb", Math.Round(process.PeakWorkingSet64 / 1048576.0, 1));
            json.WriteNumber("model_load_ms", Math.Round(load.Elapsed.TotalMilliseconds));
            if (sink.FirstEvent is { } first) json.WriteNumber("time_to_first_event_ms", Math.Round(first.TotalMilliseconds));
            else json.WriteNull("time_to_first_event_ms");
            json.WriteStartObject("stage_seconds");
            foreach (var stage in stages) json.WriteNumber(stage.Name, Math.Round(stage.Seconds, 3));
            json.WriteEndObject();
            json.WriteString("machine", Machine());
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Machine()
    {
        string cpu = RuntimeInformation.ProcessArchitecture.ToString();
        if (File.Exists("/proc/cpuinfo"))
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        return $"{cpu}; {Environment.ProcessorCount} cores; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>A last stage that counts what the pipeline saw; safe on several threads.</summary>
    private sealed class CountingStage : IStage
    {
        private long _sentences, _tokens;

        public long Sentences => Interlocked.Read(ref _sentences);
        public long Tokens => Interlocked.Read(ref _tokens);
        public string Name => "count";
        public Layer Requires => Layer.Tokens | Layer.Sentences;
        public Layer Assigns => Layer.None;

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
            Interlocked.Add(ref _sentences, document.SentenceCount);
            Interlocked.Add(ref _tokens, document.TokenCount);
        }
    }

    /// <summary>Times a stage (summed over threads, wall time inside the stage).</summary>
    private sealed class TimedStage(IStage inner) : IStage
    {
        private long _ticks;

        public double Seconds => Interlocked.Read(ref _ticks) / (double)Stopwatch.Frequency;
        public string Name => inner.Name;
        public Layer Requires => inner.Requires;
        public Layer Assigns => inner.Assigns;

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                inner.Process(document, cancellationToken);
            }
            finally
            {
                Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
            }
        }
    }

    /// <summary>Serialises events as 'dyad code' would, and notes when the first one arrived.</summary>
    private sealed class TimingSink(DateTime processStart) : IRunSink
    {
        private readonly EventWriter _writer = new(TextWriter.Null, EventFormat.Jsonl);

        public TimeSpan? FirstEvent { get; private set; }

        public void Coded(CodingResult result)
        {
            if (FirstEvent is null && result.Events.Count > 0) FirstEvent = DateTime.UtcNow - processStart;
            foreach (var e in result.Events) _writer.Write(e);
        }

        /// <summary>Rejects counted by their reason's id (DYAD-E…), in id order.</summary>
        public SortedDictionary<string, long> Rejects { get; } = new(StringComparer.Ordinal);

        public void Rejected(Reject reject)
        {
            var id = reject.Reason.Split(' ', 2)[0];
            Rejects[id] = Rejects.GetValueOrDefault(id) + 1;
        }

        public void Complete(RunSummary summary) => _writer.Finish();
    }
}
