using System.CommandLine;
using System.Text;
using Dyad.Coding;
using Dyad.Output;
using Dyad.Reading;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad code PATH...</c>: reads stories and writes their events.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Story files (.txt), JSONL files (.jsonl), either gzipped (.gz), folders, or - for JSONL on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write events to this file instead of standard output." };
        var format = new Option<string>("--format", "-f") { Description = "Output form.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "tsv");
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores). Output order does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var rejects = new Option<string?>("--rejects") { Description = "Write one JSON line per rejected story (id, origin, reason) to this file." };
        var maxBytes = new Option<int>("--max-story-bytes") { Description = "Reject stories larger than this many bytes.", DefaultValueFactory = _ => 1_000_000 };
        var date = new Option<string?>("--date") { Description = "Date (YYYY-MM-DD) for text stories that carry no 'date' line." };

        var command = new Command("code", "Code stories into CAMEO event records.") { paths, output, format, threads, rejects, maxBytes, date };
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

            var options = new ReaderOptions { MaxStoryBytes = parse.GetValue(maxBytes), DefaultDate = defaultDate };
            var eventFormat = Enum.Parse<EventFormat>(parse.GetValue(format)!, ignoreCase: true);
            return Run(inputs, parse.GetValue(output), eventFormat, parse.GetValue(threads), parse.GetValue(rejects), options);
        });
        return command;
    }

    private static int Run(string[] inputs, string? outputPath, EventFormat format, int threads, string? rejectsPath, ReaderOptions options)
    {
        var coder = Coder.CreateDefault();
        var run = new CodingRun(coder, new StoryReader(options), threads);
        using var output = outputPath is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(outputPath, false, new UTF8Encoding(false));
        using var rejects = rejectsPath is null ? null : new StreamWriter(rejectsPath, false, new UTF8Encoding(false));
        var sinks = new List<IRunSink> { new WriterSink(new EventWriter(output, format), rejects) };

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
        Console.Error.WriteLine(summary.ToString());
        return Cli.Ok;
    }

    /// <summary>Writes events and rejects as they arrive.</summary>
    private sealed class WriterSink(EventWriter events, TextWriter? rejects) : IRunSink
    {
        public void Coded(CodingResult result)
        {
            foreach (var e in result.Events) events.Write(e);
        }

        public void Rejected(Reject reject)
        {
            Console.Error.WriteLine($"rejected {reject.StoryId ?? "-"} ({reject.Origin}): {reject.Reason}");
            rejects?.WriteLine(EventJson.Serialize(reject));
        }

        public void Complete(RunSummary summary)
        {
            events.Finish();
            rejects?.Flush();
        }
    }
}
