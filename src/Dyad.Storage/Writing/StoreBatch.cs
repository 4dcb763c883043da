using Dyad.Coding;
using Dyad.Output;
using Dyad.Reading;

namespace Dyad.Storage.Writing;

/// <summary>A coded story as it is stored: the coding result plus its text hash.</summary>
/// <param name="Result">The story and its events (each <c>event_id</c> once).</param>
/// <param name="TextHash">See <see cref="StoryKey.TextHash"/>.</param>
public sealed record StoredStory(CodingResult Result, string TextHash);

/// <summary>
/// Stories, events and rejects waiting to be written in one transaction. A story id added twice
/// keeps the later story (and only its events); a reject origin added twice keeps the later reject;
/// a story coded after its reject drops the reject (as it would in two batches).
/// </summary>
public sealed class StoreBatch
{
    private readonly Dictionary<string, StoredStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reject> _rejects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _rejectedStories = new(StringComparer.Ordinal); // story id → origins of its rejects

    /// <summary>The stories, one per id.</summary>
    public IReadOnlyCollection<StoredStory> Stories => _stories.Values;

    /// <summary>The rejects, one per origin.</summary>
    public IReadOnlyCollection<Reject> Rejects => _rejects.Values;

    /// <summary>Events in <see cref="Stories"/>.</summary>
    public int EventCount { get; private set; }

    /// <summary>True when there is nothing to write.</summary>
    public bool IsEmpty => _stories.Count == 0 && _rejects.Count == 0;

    /// <summary>Adds a coded story (replacing an earlier one of the same id in this batch).</summary>
    public void Add(CodingResult result)
    {
        var events = DistinctById(result.Events);
        var stored = new StoredStory(events.Count == result.Events.Count ? result : result with { Events = events },
            StoryKey.TextHash(result.Story.Text));
        if (_stories.TryGetValue(result.Story.Id, out var earlier)) EventCount -= earlier.Result.Events.Count;
        if (_rejectedStories.Remove(result.Story.Id, out var origins))
            foreach (var origin in origins)
                if (_rejects.TryGetValue(origin, out var reject) && reject.StoryId == result.Story.Id) _rejects.Remove(origin);
        _stories[result.Story.Id] = stored;
        EventCount += stored.Result.Events.Count;
    }

    /// <summary>Adds a rejected story.</summary>
    public void Add(Reject reject)
    {
        _rejects[reject.Origin] = reject;
        if (reject.StoryId is null) return;
        if (!_rejectedStories.TryGetValue(reject.StoryId, out var origins)) _rejectedStories[reject.StoryId] = origins = [];
        origins.Add(reject.Origin);
    }

    /// <summary>Empties the batch.</summary>
    public void Clear()
    {
        _stories.Clear();
        _rejects.Clear();
        _rejectedStories.Clear();
        EventCount = 0;
    }

    // event_id is the table's key: the emitter already merges duplicates; this guards the store anyway.
    private static IReadOnlyList<CodedEvent> DistinctById(IReadOnlyList<CodedEvent> events)
    {
        if (events.Count < 2) return events;
        var seen = new HashSet<string>(events.Count, StringComparer.Ordinal);
        List<CodedEvent>? distinct = null;
        for (int i = 0; i < events.Count; i++)
        {
            if (seen.Add(events[i].EventId)) { distinct?.Add(events[i]); continue; }
            distinct ??= events.Take(i).ToList();
        }
        return distinct ?? events;
    }
}
