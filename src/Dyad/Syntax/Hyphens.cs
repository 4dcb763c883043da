namespace Dyad.Syntax;

/// <summary>The hyphen tokens the tokenizer splits words on ("cease - fire", "Saudi - led").</summary>
public static class Hyphens
{
    /// <summary>Whether <paramref name="word"/> is a hyphen, a Unicode hyphen or an en dash.</summary>
    public static bool Is(string word) => word is "-" or "‐" or "–";
}
