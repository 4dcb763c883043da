using Dyad.Coding;
using Dyad.Reading;

namespace Dyad.Storage.Writing;

/// <summary>When a <see cref="StoreSink"/> commits.</summary>
/// <param name="MaxStories">Commit once this many stories and rejects are waiting.</param>
/// <param name="MaxEvents">Commit once this many events are waiting.</param>
/// <param name="MaxDelay">Commit once the oldest waiting story has waited this long (bounds what a kill can lose).</param>
public sealed record StoreSinkOptions(int MaxStories = 5_000, int MaxEvents = 250_000, TimeSpan? MaxDelay = null)
{
    /// <summary>The delay used when none is given: two seconds.</summary>
    public TimeSpan Delay => MaxDelay ?? TimeSpan.FromSeconds(2);
}

/// <summary>
/// Writes a run's stories, events and rejects into an <see cref="EventStore"/> in batches, one
/// transaction each (see <see cref="StoreSinkOptions"/>). A kill loses at most the batch in
/// flight; what was committed stays, and re-running replaces stories rather than duplicating them.
/// A write failure is thrown from the call that triggered it (a numbered <see cref="StoreException"/>),
/// after which the sink writes nothing more.
/// </summary>
public sealed class StoreSink(EventStore store, TimeProvider time, StoreSinkOptions? options = null) : IRunSink
{
    private readonly StoreSinkOptions _options = options ?? new StoreSinkOptions();
    private readonly StoreBatch _batch = new();
    private long _firstPending;
    private bool _failed;

    /// <summary>Stories committed so far.</summary>
    public long StoriesWritten { get; private set; }

    /// <summary>Events committed so far.</summary>
    public long EventsWritten { get; private set; }

    /// <summary>Called after each commit with the totals so far (on the run's thread).</summary>
    public Action<StoreSink>? Committed { get; init; }

    /// <inheritdoc/>
    public void Coded(CodingResult result)
    {
        Start();
        _batch.Add(result);
        FlushIfDue();
    }

    /// <inheritdoc/>
    public void Rejected(Reject reject)
    {
        Start();
        _batch.Add(reject);
        FlushIfDue();
    }

    /// <inheritdoc/>
    public void Complete(RunSummary summary)
    {
        if (!_failed) Flush();
    }

    /// <summary>Commits what is waiting, if anything.</summary>
    public void Flush()
    {
        if (_failed) throw new InvalidOperationException("the store sink failed earlier and writes nothing more");
        if (_batch.IsEmpty) return;
        try
        {
            store.Write(_batch, time.GetUtcNow().UtcDateTime);
        }
        catch
        {
            _failed = true;
            throw;
        }
        StoriesWritten += _batch.Stories.Count;
        EventsWritten += _batch.EventCount;
        _batch.Clear();
        Committed?.Invoke(this);
    }

    private void Start()
    {
        if (_batch.IsEmpty) _firstPending = time.GetTimestamp();
    }

    private void FlushIfDue()
    {
        if (_batch.Stories.Count + _batch.Rejects.Count >= _options.MaxStories
            || _batch.EventCount >= _options.MaxEvents
            || time.GetElapsedTime(_firstPending) >= _options.Delay)
            Flush();
    }
}
