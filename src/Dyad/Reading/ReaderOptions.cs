namespace Dyad.Reading;

/// <summary>How stories are read.</summary>
public sealed record ReaderOptions
{
    /// <summary>Largest story accepted, in bytes of UTF-8 text (default 1 MB).</summary>
    public int MaxStoryBytes { get; init; } = 1_000_000;

    /// <summary>Date given to text files that carry no <c>date</c> line; without it they are rejected.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Largest feed or HTML page file accepted, in bytes (default 50 MB); each story in it still obeys <see cref="MaxStoryBytes"/>.</summary>
    public int MaxMarkupBytes { get; init; } = 50_000_000;
}
