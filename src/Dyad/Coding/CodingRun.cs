using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Coding;

/// <summary>Counts for one run; <see cref="Read"/> always equals coded + no-event + rejected + skipped.</summary>
public readonly record struct RunSummary(long Read, long Coded, long NoEvent, long Rejected, long Events)
{
    /// <summary>Stories read but not coded because <see cref="CodingRun.Skip"/> said so (already stored); counted in <see cref="Read"/>.</summary>
    public long Skipped { get; init; }

    /// <summary>The one-line summary printed at the end of a run.</summary>
    public override string ToString() =>
        $"read {Read}, coded {Coded}, no-event {NoEvent}, rejected {Rejected}" + (Skipped > 0 ? $", skipped {Skipped}" : "");
}

/// <summary>Receives a run's results in input order, on one thread.</summary>
public interface IRunSink
{
    /// <summary>A story was coded (its events may be empty).</summary>
    void Coded(CodingResult result);

    /// <summary>A story was rejected.</summary>
    void Rejected(Reject reject);

    /// <summary>The run is over (called once, also after cancellation).</summary>
    void Complete(RunSummary summary);
}

/// <summary>
/// Codes a stream of stories on several threads and hands results to sinks in input order, so
/// the output is the same whatever the thread count. Memory is bounded by the batch size in stories
/// and in characters (<see cref="MaxBatchChars"/>).
/// </summary>
public sealed class CodingRun(Coder coder, StoryReader reader, int threads, int batchPerThread = 64)
{
    /// <summary>
    /// Stories for which this returns true are read but neither coded nor handed to the sinks
    /// (resuming into a store that has them already). Called on the run's thread, in input order.
    /// </summary>
    public Func<Story, bool>? Skip { get; init; }

    /// <summary>
    /// Screens each story on the run's thread, in input order, before it is coded (duplicates: the
    /// result must not depend on thread timing). A rejected story counts as rejected.
    /// </summary>
    public StoryScreen? OrderedScreen { get; init; }

    /// <summary>Screens each story on the worker threads just before it is coded (language); must be thread-safe.</summary>
    public StoryScreen? Screen { get; init; }

    /// <summary>
    /// A batch is also coded once its stories hold this many characters of text (default 16 M, about
    /// 32 MB), so a corpus of very large stories stays in bounded memory too.
    /// </summary>
    public long MaxBatchChars { get; init; } = 16_000_000;

    /// <summary>Reads and codes every path; results go to <paramref name="sinks"/> in input order.</summary>
    public RunSummary Run(IEnumerable<string> paths, IReadOnlyList<IRunSink> sinks,
        IProgress<RunSummary>? progress = null, Func<Stream>? stdin = null, CancellationToken cancellationToken = default)
    {
        var summary = new RunSummary();
        int batchSize = Math.Max(1, threads) * batchPerThread;
        var batch = new List<ReadResult>(batchSize);
        var results = new CodingResult?[batchSize];
        try
        {
            long batchChars = 0;
            // The first batches are small so the first events come out soon after start; then they double.
            int limit = Math.Min(batchSize, Math.Max(1, threads));
            foreach (var item in reader.Read(paths, stdin))
            {
                batch.Add(item);
                batchChars += item.Story?.Text.Length ?? 0;
                if (batch.Count < limit && batchChars < MaxBatchChars) continue;
                summary = Flush(batch, results, sinks, summary, cancellationToken);
                batchChars = 0;
                limit = Math.Min(batchSize, limit * 2);
                progress?.Report(summary);
            }
            summary = Flush(batch, results, sinks, summary, cancellationToken);
            progress?.Report(summary);
        }
        finally
        {
            foreach (var sink in sinks) sink.Complete(summary);
        }
        return summary;
    }

    private RunSummary Flush(List<ReadResult> batch, CodingResult?[] results, IReadOnlyList<IRunSink> sinks,
        RunSummary summary, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return summary;
        var skipped = Skip is null ? null : batch.Select(item => item.Story is { } story && Skip(story)).ToArray();
        if (skipped is not null)
        {
            // Skipped stories are counted where they stand, so sinks still see the rest in input order.
            for (int i = 0; i < batch.Count; i++)
                if (skipped[i]) { batch[i] = default; summary = summary with { Read = summary.Read + 1, Skipped = summary.Skipped + 1 }; }
        }
        if (OrderedScreen is { } ordered)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                if ((skipped is not null && skipped[i]) || batch[i].Story is not { } story) continue;
                var verdict = ordered(story);
                batch[i] = verdict.Story is { } passed ? ReadResult.Ok(passed)
                    : ReadResult.Rejected(story.Id, story.Origin ?? story.Id, verdict.Reason!);
            }
        }
        if (threads <= 1)
        {
            for (int i = 0; i < batch.Count; i++) results[i] = CodeOne(batch[i], cancellationToken);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                i => results[i] = CodeOne(batch[i], cancellationToken));
        }
        for (int i = 0; i < batch.Count; i++)
        {
            if (skipped is not null && skipped[i]) continue;
            var item = batch[i];
            var result = results[i];
            results[i] = null;
            if (item.Reject is { } reject || result?.Error is not null)
            {
                reject = item.Reject ?? new Reject(result!.Story.Id, result.Story.Origin ?? result.Story.Id, result.Error!);
                foreach (var sink in sinks) sink.Rejected(reject);
                summary = summary with { Read = summary.Read + 1, Rejected = summary.Rejected + 1 };
                continue;
            }
            foreach (var sink in sinks) sink.Coded(result!);
            summary = result!.Events.Count > 0
                ? summary with { Read = summary.Read + 1, Coded = summary.Coded + 1, Events = summary.Events + result.Events.Count }
                : summary with { Read = summary.Read + 1, NoEvent = summary.NoEvent + 1 };
        }
        batch.Clear();
        return summary;
    }

    private CodingResult? CodeOne(ReadResult item, CancellationToken cancellationToken)
    {
        if (item.Story is not { } story) return null;
        if (Screen is { } screen)
        {
            var verdict = screen(story);
            if (verdict.Story is not { } passed) return new CodingResult(story, [], verdict.Reason);
            story = passed;
        }
        return coder.Code(story, cancellationToken);
    }
}
