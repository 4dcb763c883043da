using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>What a screen decided about a story before coding: code it (perhaps annotated), or reject it with a reason.</summary>
public readonly record struct Screened
{
    private Screened(Story? story, string? reason)
    {
        Story = story;
        Reason = reason;
    }

    /// <summary>The story to code, when it passed.</summary>
    public Story? Story { get; }

    /// <summary>The numbered reject reason, when it did not.</summary>
    public string? Reason { get; }

    /// <summary>Code <paramref name="story"/>.</summary>
    public static Screened Pass(Story story) => new(story, null);

    /// <summary>Reject the story with <paramref name="reason"/>.</summary>
    public static Screened Reject(string reason) => new(null, reason);
}

/// <summary>A check a story passes before it is coded (language, duplicates).</summary>
public delegate Screened StoryScreen(Story story);
