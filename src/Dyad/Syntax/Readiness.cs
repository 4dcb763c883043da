using System.Collections.Frozen;

namespace Dyad.Syntax;

/// <summary>Adjectives of readiness whose complement is an intended act: "ready to resume talks", "willing to send troops".</summary>
public static class Readiness
{
    /// <summary>The readiness adjectives (lemmas).</summary>
    public static readonly FrozenSet<string> Words = new[] { "ready", "willing", "prepared" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
