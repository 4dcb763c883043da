namespace Dyad.Documents;

/// <summary>
/// One dated news story as it was read: the unit Dyad codes. Immutable.
/// </summary>
/// <param name="Id">Story id: the file name without extension, or the <c>id</c> of a JSONL record.</param>
/// <param name="Date">The story's date; office-holders and relative dates resolve against it.</param>
/// <param name="Text">The story text (after a leading <c>date YYYY-MM-DD</c> line, if any, was removed).</param>
public sealed record Story(string Id, DateOnly Date, string Text)
{
    /// <summary>Where the story came from, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The story's headline, if known.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet or feed name, if known.</summary>
    public string? Source { get; init; }

    /// <summary>ISO 639-1 language code declared by the input, if any.</summary>
    public string? Language { get; init; }

    /// <summary>Where the story was read from: a file path, optionally with a line number.</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// The id of the earlier story this one is a near copy of (a syndicated version), if any; such a
    /// story carries its original's date so that their events count as one (see <c>Reading/Dedup</c>).
    /// </summary>
    public string? DuplicateOf { get; init; }
}
