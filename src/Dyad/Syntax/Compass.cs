using System.Collections.Frozen;

namespace Dyad.Syntax;

/// <summary>Compass words that name part of a place: "south Serbia", "northern Iraq", "eastern Libya".</summary>
public static class Compass
{
    /// <summary>The compass words, nouns and adjectives, any case.</summary>
    public static readonly FrozenSet<string> Words = new[]
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
