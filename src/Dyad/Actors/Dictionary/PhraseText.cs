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
/// abbreviations ("U.S.", "Gen.") and is split off otherwise; hyphenated words stay whole
/// ("al-Shabaab"). Folding maps curly quotes and apostrophes to straight ones and Latin letters with
/// diacritics to their base letters ("Élysée" → "Elysee"); case is compared separately.
/// </remarks>
public static class PhraseText
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["Gen", "Brig", "Lt", "Col", "Maj", "Sgt", "Capt", "Adm", "Cmdr", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr",
         "Gov", "Sen", "Rep", "Pres", "Prof", "Rev", "Mt", "Ft", "Sec", "Gens", "Lieut", "No", "Co", "Corp", "Inc", "Ltd"],
        StringComparer.OrdinalIgnoreCase);

    private const string Separate = "()[]{}\",;:!?";

    /// <summary>Splits a phrase into tokens.</summary>
    public static string[] Tokenize(string phrase)
    {
        var tokens = new List<string>();
        foreach (var raw in FoldQuotes(phrase).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var chunk = raw;
            while (chunk.Length > 0 && Separate.Contains(chunk[0])) { tokens.Add(chunk[..1]); chunk = chunk[1..]; }
            var tail = new Stack<string>();
            while (chunk.Length > 0)
            {
                char last = chunk[^1];
                if (Separate.Contains(last)) { tail.Push(chunk[^1..]); chunk = chunk[..^1]; continue; }
                if (last == '.' && !IsAbbreviation(chunk)) { tail.Push("."); chunk = chunk[..^1]; continue; }
                break;
            }
            if (chunk.Length > 2 && chunk.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(chunk[..^2]);
                tokens.Add("'s");
            }
            else if (chunk.Length > 1 && chunk.EndsWith("s'", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(chunk[..^1]);
                tokens.Add("'");
            }
            else if (chunk.Length > 0) tokens.Add(chunk);
            tokens.AddRange(tail);
        }
        return [.. tokens];
    }

    private static bool IsAbbreviation(string chunk)
    {
        var body = chunk[..^1];
        if (body.Length == 0) return false;
        if (body.Contains('.')) return true;                       // U.S., U.N.
        if (body.Length == 1 && char.IsLetter(body[0])) return true; // initials: "George W."
        return Abbreviations.Contains(body);
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

    /// <summary>True when a token looks like an all-caps acronym of at most four letters ("US", "IS", "AU").</summary>
    public static bool IsShortAcronym(string token) =>
        token.Length is >= 2 and <= 4 && token.All(c => c is >= 'A' and <= 'Z');
}
