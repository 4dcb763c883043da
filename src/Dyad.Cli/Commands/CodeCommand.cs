using System.CommandLine;
using System.Text;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Reading.Dedup;
using Dyad.Reading.Language;
using Dyad.Storage;
using Dyad.Storage.Writing;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad code PATH...</c>: reads stories and writes their events.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Story files (text, JSONL, RSS/Atom feeds, HTML pages, told apart by content), gzipped or not, folders, or - for JSONL on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write events to this file instead of standard output." };
        var format = new Option<string>("--format", "-f") { Description = "Output form.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "tsv");
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores). Output order does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var rejects = new Option<string?>("--rejects") { Description = "Write one JSON line per rejected story (id, origin, reason) to this file." };
        var candidates = new Option<string?>("--candidates") { Description = "Write one JSON line per unknown name standing where an event looks for an actor (new-actor candidates for the dictionaries)." };
        var maxBytes = new Option<int>("--max-story-bytes") { Description = "Reject stories larger than this many bytes.", DefaultValueFactory = _ => 1_000_000 };
        var date = new Option<string?>("--date") { Description = "Date (YYYY-MM-DD) for text stories that carry no 'date' line." };
        var store = new Option<string?>("--store", "-s") { Description = $"Also keep stories, events and rejects in this DuckDB file or PostgreSQL database (Host=…;Database=…). Default: {EventStore.DefaultLocation} in the current folder." };
        var noStore = new Option<bool>("--no-store") { Description = "Keep nothing: only write the events out." };
        var resume = new Option<bool>("--resume") { Description = "Skip stories the store already has with the same id, date and text (finish an interrupted run)." };
        var keepDuplicates = new Option<bool>("--keep-duplicates") { Description = "Code every story even when another with the same text came before (corpora known to be clean, benchmarks)." };
        var storeBatch = new Option<int>("--store-batch") { Description = "Stories per store transaction (a commit also happens every 2 s).", DefaultValueFactory = _ => 5_000 };

        var command = new Command("code", "Code stories into CAMEO event records.") { paths, output, format, threads, rejects, candidates, maxBytes, date, store, noStore, resume, storeBatch, keepDuplicates };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            foreach (var p in inputs)
                if (p != "-" && !File.Exists(p) && !Directory.Exists(p))
                    throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, p));
            if (parse.GetValue(threads) < 1) throw new UsageException("--threads must be at least 1");
            if (parse.GetValue(maxBytes) < 1) throw new UsageException("--max-story-bytes must be at least 1");
            DateOnly? defaultDate = null;
            if (parse.GetValue(date) is { } d)
                defaultDate = StoryReader.TryParseDate(d, out var dd) ? dd : throw new UsageException(DyadErrors.Format(DyadErrors.BadDate, d));

            if (parse.GetValue(noStore) && (parse.GetValue(store) is not null || parse.GetValue(resume)))
                throw new UsageException("--no-store cannot be combined with --store or --resume");
            if (parse.GetValue(storeBatch) < 1) throw new UsageException("--store-batch must be at least 1");
            var target = parse.GetValue(noStore) ? null
                : new StoreTarget(parse.GetValue(store) ?? EventStore.DefaultLocation, parse.GetValue(resume), parse.GetValue(storeBatch));

            var options = new ReaderOptions { MaxStoryBytes = parse.GetValue(maxBytes), DefaultDate = defaultDate };
            var eventFormat = Enum.Parse<EventFormat>(parse.GetValue(format)!, ignoreCase: true);
            return Run(inputs, parse.GetValue(output), eventFormat, parse.GetValue(threads), parse.GetValue(rejects), options, target,
                keepDuplicates: parse.GetValue(keepDuplicates), candidatesPath: parse.GetValue(candidates));
        });
        return command;
    }

    /// <summary>Where <c>dyad code</c> keeps what it codes, and how.</summary>
    internal sealed record StoreTarget(string Location, bool Resume, int BatchStories);

    /// <summary>One language detector a process: its models load once, on first use.</summary>
    private static readonly NewsLanguageDetector Languages = new();

    /// <summary>Codes <paramref name="inputs"/>; <paramref name="duplicates"/> carries the duplicate index across runs (dyad watch), <paramref name="append"/> appends to the output files.</summary>
    internal static int Run(string[] inputs, string? outputPath, EventFormat format, int threads, string? rejectsPath, ReaderOptions options,
        StoreTarget? target = null, DuplicateIndex? duplicates = null, bool append = false, bool keepDuplicates = false, string? candidatesPath = null)
    {
        // Open the store first: a store that cannot be used fails the run before any output file is touched.
        using var store = target is null ? null : EventStore.Open(target.Location);
        Func<Story, bool>? skip = null;
        if (store is not null && target!.Resume)
        {
            var stored = store.StoredStoryKeys();
            skip = story => stored.Contains(StoryKey.Resume(story.Id, story.Date, StoryKey.TextHash(story.Text)));
        }
        if (duplicates is not null)
        {
            // dyad watch: a file read again (a feed that grew) codes only the stories it has not coded yet.
            var stored = skip;
            skip = story => duplicates.Contains(story.Id, TextFingerprint.Of(story.Text)) || (stored?.Invoke(story) ?? false);
        }
        var coder = Coder.CreateDefault();
        var run = new CodingRun(coder, new StoryReader(options), threads)
        {
            Skip = skip,
            OrderedScreen = keepDuplicates ? null : new DuplicateScreen(duplicates ?? new DuplicateIndex()).Screen,
            Screen = new LanguageScreen(Languages).Screen,
        };
        using var output = outputPath is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(outputPath, append, new UTF8Encoding(false));
        using var rejects = rejectsPath is null ? null : new StreamWriter(rejectsPath, append, new UTF8Encoding(false));
        var writerSink = new WriterSink(new EventWriter(output, format), rejects);
        var sinks = new List<IRunSink> { writerSink };
        using var candidates = candidatesPath is null ? null : new StreamWriter(candidatesPath, append, new UTF8Encoding(false));
        if (candidates is not null) sinks.Add(new CandidateSink(candidates));
        using var storeSink = store is null ? null : new StoreSink(store, TimeProvider.System, new StoreSinkOptions(MaxStories: target!.BatchStories));
        if (storeSink is not null) sinks.Add(storeSink);

        RunSummary summary;
        if (!Console.IsErrorRedirected && outputPath is not null)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            summary = default;
            console.Status().Start("coding…", ctx =>
            {
                var progress = new Progress<RunSummary>(s => ctx.Status($"coding… {s.Read:N0} stories, {s.Events:N0} events"));
                summary = run.Run(inputs, sinks, progress);
            });
        }
        else
        {
            summary = run.Run(inputs, sinks);
        }
        if (storeSink is not null)
            Console.Error.WriteLine($"stored {storeSink.StoriesWritten:N0} stories, {storeSink.EventsWritten:N0} events in {store!.DisplayName}");
        if (writerSink.Screened.Count > 0)
            Console.Error.WriteLine("rejected before coding: " + string.Join(", ", writerSink.Screened.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        Console.Error.WriteLine(summary.ToString());
        return Cli.Ok;
    }

    /// <summary>Writes events and rejects as they arrive.</summary>
    private sealed class WriterSink(EventWriter events, TextWriter? rejects) : IRunSink
    {
        /// <summary>Rejects by screen: "language:fr", "duplicate".</summary>
        public Dictionary<string, int> Screened { get; } = new(StringComparer.Ordinal);

        public void Coded(CodingResult result)
        {
            foreach (var e in result.Events) events.Write(e);
        }

        public void Rejected(Reject reject)
        {
            Console.Error.WriteLine($"rejected {reject.StoryId ?? "-"} ({reject.Origin}): {reject.Reason}");
            var key = reject.Reason.StartsWith(DyadErrors.NotEnglish.Id, StringComparison.Ordinal) ? reject.Reason.Split(' ')[1]
                : reject.Reason.StartsWith(DyadErrors.Duplicate.Id, StringComparison.Ordinal) ? "duplicate" : null;
            if (key is not null) Screened[key] = Screened.GetValueOrDefault(key) + 1;
            rejects?.WriteLine(EventJson.Serialize(reject));
        }

        public void Complete(RunSummary summary)
        {
            events.Finish();
            rejects?.Flush();
        }
    }
}
