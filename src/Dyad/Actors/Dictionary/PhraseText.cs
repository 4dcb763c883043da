using System.Collections.Frozen;
using System.Text;

namespace Dyad.Actors.Dictionary;

/// <summary>
/// Turns dictionary phrases into tokens the way Dyad's news tokenizer splits text, and folds tokens
/// for comparison. Both the compiler and the runtime use it, so aliases and text agree.
/// </summary>
/// <remarks>
/// Tokens: white space separates; brackets, quotes and <c>, ; : ! ?</c> stand alone; a possessive
/// <c>'s</c> is split off ("Iran's" → <c>Iran</c> <c>'s</c>); a final full stop stays on
/// abbreviations ("U.S.", "Gen.") and is split off otherwise; hyphenated words split as in EWT
/// ("al-Shabaab" → <c>al</c> <c>-</c> <c>Shabaab</c>) — the news tokenizer decides, so aliases and text agree. Folding maps curly quotes and apostrophes to straight ones and Latin letters with
/// diacritics to their base letters ("Élysée" → "Elysee"); case is compared separately.
/// </remarks>
public static class PhraseText
{
    /// <summary>Splits a phrase into tokens exactly as <see cref="Dyad.Text.NewsTokenizer"/> splits text.</summary>
    public static string[] Tokenize(string phrase)
    {
        var folded = FoldQuotes(phrase);
        return Dyad.Text.NewsTokenizer.Tokenize(folded).Select(t => folded[t.Start..t.End]).ToArray();
    }

    private static string FoldQuotes(string s)
    {
        if (s.AsSpan().IndexOfAny("\u2018\u2019\u201C\u201D\u02BC\u2032`") < 0) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(FoldQuote(c));
        return sb.ToString();
    }

    private static char FoldQuote(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => c,
    };

    /// <summary>
    /// Folds a token into <paramref name="buffer"/> (quotes and diacritics; case kept) and returns the
    /// folded length. The buffer must be at least as long as the token.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> token, Span<char> buffer)
    {
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (c < 128) { buffer[i] = c; continue; }
            c = FoldQuote(c);
            if (c >= 128)
            {
                int k = LatinFoldTable.From.IndexOf(c);
                if (k >= 0) c = LatinFoldTable.To[k];
            }
            buffer[i] = c;
        }
        return token.Length;
    }

    /// <summary>Folds a token into a new string (quotes and diacritics; case kept).</summary>
    public static string Fold(string token)
    {
        bool ascii = true;
        foreach (var c in token) if (c >= 128) { ascii = false; break; }
        if (ascii) return token;
        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        Fold(token, buffer);
        return new string(buffer);
    }

    /// <summary>The comparison key of a token: folded and lower-cased (invariant).</summary>
    public static string Key(string token) => Fold(token).ToLowerInvariant();

    /// <summary>
    /// True when a token looks like an acronym that clashes with a word: all capitals, at most four
    /// letters ("US", "IS", "AU"), or a short mixed-case abbreviation ("LeT" would otherwise match "let").
    /// </summary>
    public static bool IsShortAcronym(string token) =>
        token.Length is >= 2 and <= 4 && token.All(c => c is >= 'A' and <= 'Z')
        || token.Length is >= 2 and <= 5 && char.IsUpper(token[0]) && token.All(char.IsAsciiLetter) && token.Skip(1).Any(char.IsUpper);
}
