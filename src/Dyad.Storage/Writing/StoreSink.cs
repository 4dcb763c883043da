using Dyad.Coding;
using Dyad.Reading;

namespace Dyad.Storage.Writing;

/// <summary>When a <see cref="StoreSink"/> commits, and over how many connections.</summary>
/// <param name="MaxStories">Commit once this many stories and rejects are waiting.</param>
/// <param name="MaxEvents">
/// Commit once this many events are waiting. The default is one DuckDB row group (122,880 rows): a
/// batch that fills row groups is compressed and written straight into the file, where a smaller one
/// goes through the write-ahead log and is written a second time at the next checkpoint.
/// </param>
/// <param name="MaxDelay">Commit once the oldest waiting story has waited this long (bounds what a kill can lose).</param>
/// <param name="Writers">
/// Batches written at once, each over its own connection, while the run goes on coding (1: every
/// commit happens inside the call that filled the batch). Only stores that can open a second writer
/// (<see cref="EventStore.OpenWriter"/>) use more than one.
/// </param>
public sealed record StoreSinkOptions(int MaxStories = 5_000, int MaxEvents = 122_880, TimeSpan? MaxDelay = null, int Writers = 2)
{
    /// <summary>The delay used when none is given: two seconds.</summary>
    public TimeSpan Delay => MaxDelay ?? TimeSpan.FromSeconds(2);
}

/// <summary>
/// Writes a run's stories, events and rejects into an <see cref="EventStore"/> in batches, one
/// transaction each (see <see cref="StoreSinkOptions"/>). A full batch is handed to a writer and the
/// run goes on; with <see cref="StoreSinkOptions.Writers"/> writers, that many batches may be in
/// flight, and a batch holding a story (or reject) that an earlier batch in flight also holds waits
/// for that one, so the later version always wins. A kill loses at most the batches in flight; what
/// was committed stays, and re-running replaces stories rather than duplicating them.
/// A write failure is thrown (a numbered <see cref="StoreException"/>) from the sink's next call —
/// <see cref="Coded"/>, <see cref="Rejected"/>, <see cref="Flush"/> or <see cref="Complete"/> —
/// after which the sink writes nothing more.
/// </summary>
public sealed class StoreSink : IRunSink, IDisposable
{
    private readonly EventStore _store;
    private readonly TimeProvider _time;
    private readonly StoreSinkOptions _options;
    private readonly List<Lane> _lanes = [];
    private readonly Stack<StoreBatch> _spare = new();
    private StoreBatch _batch = new();
    private long _firstPending;
    private Exception? _failure;
    private bool _noMoreWriters;

    /// <summary>A sink writing into <paramref name="store"/>, which it does not own.</summary>
    public StoreSink(EventStore store, TimeProvider time, StoreSinkOptions? options = null)
    {
        _store = store;
        _time = time;
        _options = options ?? new StoreSinkOptions();
        _lanes.Add(new Lane(store, owned: false));
    }

    /// <summary>Stories committed so far.</summary>
    public long StoriesWritten { get; private set; }

    /// <summary>Events committed so far.</summary>
    public long EventsWritten { get; private set; }

    /// <summary>Called after each commit with the totals so far (on the run's thread).</summary>
    public Action<StoreSink>? Committed { get; init; }

    /// <inheritdoc/>
    public void Coded(CodingResult result)
    {
        ThrowIfFailed();
        Start();
        _batch.Add(result);
        FlushIfDue();
    }

    /// <inheritdoc/>
    public void Rejected(Reject reject)
    {
        ThrowIfFailed();
        Start();
        _batch.Add(reject);
        FlushIfDue();
    }

    /// <summary>Commits what is waiting (unless a write failed) and waits for every batch in flight, then closes the extra writers.</summary>
    public void Complete(RunSummary summary)
    {
        try
        {
            if (_failure is null) Flush();
        }
        finally
        {
            WaitAll();
            CloseWriters();
        }
    }

    /// <summary>Commits what is waiting, if anything, and returns once every batch is committed.</summary>
    public void Flush()
    {
        Dispatch();
        foreach (var lane in _lanes) Settle(lane, wait: true);
    }

    /// <summary>Waits for the batches in flight (their failures are not thrown here) and closes the extra writers.</summary>
    public void Dispose()
    {
        WaitAll();
        CloseWriters();
    }

    // Lets every batch in flight finish (its failure, if any, is reported by the call that settles it, or was already).
    private void WaitAll()
    {
        foreach (var lane in _lanes)
        {
            try { lane.Pending?.Wait(); }
            catch (AggregateException) { /* reported by the call that observes it; here only waited for */ }
        }
    }

    private void Start()
    {
        if (_batch.IsEmpty) _firstPending = _time.GetTimestamp();
    }

    private void FlushIfDue()
    {
        foreach (var lane in _lanes) Settle(lane, wait: false);
        if (_batch.Stories.Count + _batch.Rejects.Count >= _options.MaxStories
            || _batch.EventCount >= _options.MaxEvents
            || _time.GetElapsedTime(_firstPending) >= _options.Delay)
            Dispatch();
    }

    // Hands the waiting batch to a free writer: after any batch in flight that shares a story with it,
    // on a new writer while fewer than Writers are open, else on the first writer to finish.
    private void Dispatch()
    {
        ThrowIfFailed();
        if (_batch.IsEmpty) return;
        var keys = Keys(_batch);
        foreach (var lane in _lanes)
            if (lane.Pending is not null && lane.Keys.Overlaps(keys)) Settle(lane, wait: true);

        var free = _lanes.FirstOrDefault(l => l.Pending is null) ?? AddLane();
        if (free is null)
        {
            Task.WaitAny(_lanes.Select(l => (Task)l.Pending!).ToArray());
            foreach (var lane in _lanes) Settle(lane, wait: false);
            free = _lanes.First(l => l.Pending is null);
        }

        var batch = _batch;
        var codedAt = _time.GetUtcNow().UtcDateTime;
        var store = free.Store;
        free.Keys = keys;
        free.Batch = batch;
        free.Pending = _options.Writers > 1
            ? Task.Run(() => store.Write(batch, codedAt))
            : RunHere(() => store.Write(batch, codedAt));
        _batch = _spare.Count > 0 ? _spare.Pop() : new StoreBatch();
        if (_options.Writers <= 1) Settle(free, wait: true);
    }

    private static Task RunHere(Action write)
    {
        try
        {
            write();
            return Task.CompletedTask;
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }

    private Lane? AddLane()
    {
        if (_noMoreWriters || _lanes.Count >= _options.Writers) return null;
        var writer = _store.OpenWriter();
        if (writer is null)
        {
            _noMoreWriters = true;
            return null;
        }
        var lane = new Lane(writer, owned: true);
        _lanes.Add(lane);
        return lane;
    }

    // Takes a finished batch's outcome: counts it, or records the failure and throws it.
    private void Settle(Lane lane, bool wait)
    {
        if (lane.Pending is not { } pending || (!wait && !pending.IsCompleted)) return;
        var batch = lane.Batch!;
        lane.Pending = null;
        lane.Batch = null;
        lane.Keys = [];
        try
        {
            pending.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            // The first failure is the one reported; any later one (another batch in flight) only says the sink is done.
            if (_failure is not null) throw new InvalidOperationException("the store sink failed earlier and writes nothing more", _failure);
            _failure = e;
            // The batches still in flight finish first and are counted if they committed, so that the totals say
            // exactly what the store holds when the failure is reported.
            foreach (var other in _lanes)
            {
                if (other.Pending is not { } inFlight) continue;
                try
                {
                    inFlight.GetAwaiter().GetResult();
                    StoriesWritten += other.Batch!.Stories.Count;
                    EventsWritten += other.Batch.EventCount;
                }
                catch (Exception later) when (later is not OutOfMemoryException)
                {
                    // Reported as the one failure above.
                }
                (other.Pending, other.Batch, other.Keys) = (null, null, []);
            }
            throw;
        }
        StoriesWritten += batch.Stories.Count;
        EventsWritten += batch.EventCount;
        batch.Clear();
        _spare.Push(batch);
        Committed?.Invoke(this);
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null) throw new InvalidOperationException("the store sink failed earlier and writes nothing more", _failure);
    }

    private void CloseWriters()
    {
        foreach (var lane in _lanes.Where(l => l.Owned && l.Pending is null or { IsCompleted: true })) lane.Store.Dispose();
        _lanes.RemoveAll(l => l.Owned && l.Pending is null or { IsCompleted: true });
        _noMoreWriters = true;
    }

    private static HashSet<string> Keys(StoreBatch batch)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in batch.Stories) keys.Add(s.Result.Story.Id);
        foreach (var r in batch.Rejects)
        {
            keys.Add("\0" + r.Origin);
            if (r.StoryId is not null) keys.Add(r.StoryId);
        }
        return keys;
    }

    private sealed class Lane(EventStore store, bool owned)
    {
        public EventStore Store { get; } = store;
        public bool Owned { get; } = owned;
        public Task? Pending { get; set; }
        public StoreBatch? Batch { get; set; }
        public HashSet<string> Keys { get; set; } = [];
    }
}
