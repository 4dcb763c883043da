namespace Dyad.Analysis.Entities;

/// <summary>A named-entity mention over words [<paramref name="Start"/>, <paramref name="End"/>) of a sentence.</summary>
/// <param name="Start">Index of the first word.</param>
/// <param name="End">Index one past the last word.</param>
/// <param name="Label">Entity type: "PER", "ORG" or "LOC".</param>
public readonly record struct EntitySpan(int Start, int End, string Label)
{
    /// <summary>Number of words covered.</summary>
    public int Length => End - Start;
}
