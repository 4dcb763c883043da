using System.CommandLine;
using System.Runtime.InteropServices;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Reading.Watching;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad watch FOLDER</c>: codes files as they appear in a folder (and files that change, such as
/// a feed saved again), until stopped with Ctrl+C or SIGTERM. What it has done is kept in a state
/// folder (<see cref="WatchState"/>), so a restart goes on where it stopped. Each round is a
/// <c>dyad code</c> run over the new files, appending to <c>--output</c> and <c>--rejects</c>.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder to watch (read recursively; hidden entries are skipped)." };
        var state = new Option<string?>("--state") { Description = "Where to keep what has been done (default: FOLDER/.dyad-watch)." };
        var interval = new Option<double>("--interval") { Description = "Seconds between looks at the folder.", DefaultValueFactory = _ => 2.0 };
        var once = new Option<bool>("--once") { Description = "Code what is new, then stop." };
        var output = new Option<string?>("--output", "-o") { Description = "Append events to this file instead of writing them to standard output." };
        var format = new Option<string>("--format", "-f") { Description = "Output form.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "tsv");
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var rejects = new Option<string?>("--rejects") { Description = "Append one JSON line per rejected story to this file." };
        var date = new Option<string?>("--date") { Description = "Date (YYYY-MM-DD) for stories that carry none." };
        var store = new Option<string?>("--store", "-s") { Description = $"DuckDB file or PostgreSQL connection string (default: {EventStore.DefaultLocation})." };
        var noStore = new Option<bool>("--no-store") { Description = "Keep nothing but the output." };

        var command = new Command("watch", "Code files as they appear in a folder; keeps going across restarts.")
            { folder, state, interval, once, output, format, threads, rejects, date, store, noStore };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!);
            if (!Directory.Exists(root)) throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, root));
            if (parse.GetValue(threads) < 1) throw new UsageException("--threads must be at least 1");
            if (parse.GetValue(interval) <= 0) throw new UsageException("--interval must be positive");
            if (parse.GetValue(noStore) && parse.GetValue(store) is not null) throw new UsageException("--no-store cannot be combined with --store");
            DateOnly? defaultDate = null;
            if (parse.GetValue(date) is { } d)
                defaultDate = StoryReader.TryParseDate(d, out var dd) ? dd : throw new UsageException(DyadErrors.Format(DyadErrors.BadDate, d));
            var target = parse.GetValue(noStore) ? null : new CodeCommand.StoreTarget(parse.GetValue(store) ?? EventStore.DefaultLocation, false, 5_000);
            var settings = new Settings(root, parse.GetValue(state) ?? Path.Combine(root, ".dyad-watch"), TimeSpan.FromSeconds(parse.GetValue(interval)),
                parse.GetValue(once), parse.GetValue(output), Enum.Parse<EventFormat>(parse.GetValue(format)!, ignoreCase: true),
                parse.GetValue(threads), parse.GetValue(rejects), new ReaderOptions { DefaultDate = defaultDate }, target);
            return Watch(settings);
        });
        return command;
    }

    private sealed record Settings(string Folder, string StateFolder, TimeSpan Interval, bool Once, string? Output, EventFormat Format,
        int Threads, string? Rejects, ReaderOptions Options, CodeCommand.StoreTarget? Store);

    private static int Watch(Settings s)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;   // finish the round in hand, save the state, then exit
            stop.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var state = WatchState.Load(s.StateFolder);
        Console.Error.WriteLine($"watching {s.Folder} ({state.FileCount} files done before; state in {s.StateFolder})");
        var stateFull = Path.GetFullPath(s.StateFolder);
        while (!stop.IsCancellationRequested)
        {
            // A file still being written (changed within the last interval) waits for the next round.
            var settledBefore = DateTime.UtcNow - s.Interval;
            var fresh = StoryReader.EnumerateFolder(s.Folder)
                .Where(f => f.Error is null && !f.Path.StartsWith(stateFull, StringComparison.Ordinal))
                .Select(f => new FileInfo(f.Path))
                .Where(f => f.Exists && !state.IsDone(f) && (s.Once || f.LastWriteTimeUtc <= settledBefore))
                .ToList();
            if (fresh.Count > 0)
            {
                CodeCommand.Run(fresh.Select(f => f.FullName).ToArray(), s.Output, s.Format, s.Threads, s.Rejects, s.Options, s.Store,
                    state.Duplicates, append: true);
                foreach (var f in fresh) state.MarkDone(f);
                state.Save();
            }
            if (s.Once) break;
            stop.Token.WaitHandle.WaitOne(s.Interval);
        }
        return Cli.Ok;
    }
}
