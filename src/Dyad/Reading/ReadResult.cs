using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>A story that could not be read, and why. Rejects are results, not exceptions.</summary>
/// <param name="StoryId">The story's id when it could be read, else null.</param>
/// <param name="Origin">Where: a file path, with <c>:line</c> for JSONL records.</param>
/// <param name="Reason">A numbered reason (see <see cref="DyadErrors"/>).</param>
public sealed record Reject(string? StoryId, string Origin, string Reason);

/// <summary>One item read from the input: a story or a reject.</summary>
public readonly record struct ReadResult
{
    private ReadResult(Story? story, Reject? reject)
    {
        Story = story;
        Reject = reject;
    }

    /// <summary>The story, when it was read.</summary>
    public Story? Story { get; }

    /// <summary>The reject, when it was not.</summary>
    public Reject? Reject { get; }

    /// <summary>A story that was read.</summary>
    public static ReadResult Ok(Story story) => new(story, null);

    /// <summary>A story that was not.</summary>
    public static ReadResult Rejected(string? id, string origin, string reason) => new(null, new Reject(id, origin, reason));
}
