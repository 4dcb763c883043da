using System.Text;

namespace Dyad.Places;

/// <summary>
/// The look-up key of a place name: lower case, Latin diacritics folded ("Córdoba" → "cordoba",
/// "Łódź" → "lodz"), apostrophes dropped ("Sana'a" → "sanaa"), other punctuation and hyphens as
/// single spaces ("Washington, D.C." → "washington d c"), "St"/"Ste"/"Mt"/"Ft" spelled out and a
/// leading "the" dropped. The same key is computed by the gazetteer builder and at run time.
/// </summary>
/// <remarks>
/// Folding is table-driven rather than <see cref="string.Normalize()"/>, because Dyad runs with
/// invariant globalization, where normalisation leaves non-ASCII text unchanged. Non-Latin
/// letters are kept (lower-cased).
/// </remarks>
public static class NameKey
{
    /// <summary>Longest key the stack-based normaliser handles; longer names are cut.</summary>
    public const int MaxLength = 128;

    // U+00C0..U+024F and U+1E00..U+1EFF: the ASCII letter each character folds to; '_' = keep,
    // '*' = several letters (see Multi). Generated from Unicode 14 NFKD decompositions.
    private const string LatinA =
        "aaaaaa*ceeeeiiiidnooooo_ouuuuy**aaaaaa*ceeeeiiiidnooooo_ouuuuy*y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
        "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "bb____________ee_ff____i__l_____oo_____________uu____zz_________" +
        "____*********aaiioouuuuuuuuuueaaaa____ggkkoooo__j***gg__nnaa____" +
        "aaaaeeeeiiiioooorrrruuuusstt__hh______aaeeooooooooyy____________" +
        "________________";

    private const string LatinB =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy_s____aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy______";

    private static string? Multi(char c) => c switch
    {
        '\u00C6' or '\u00E6' => "ae",
        '\u00DE' or '\u00FE' => "th",
        '\u00DF' => "ss",
        '\u0132' or '\u0133' => "ij",
        '\u0152' or '\u0153' => "oe",
        '\u01C4' or '\u01C5' or '\u01C6' or '\u01F1' or '\u01F2' or '\u01F3' => "dz",
        '\u01C7' or '\u01C8' or '\u01C9' => "lj",
        '\u01CA' or '\u01CB' or '\u01CC' => "nj",
        _ => null,
    };

    /// <summary>The key of <paramref name="name"/>, as a new string.</summary>
    public static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[MaxLength * 2];
        int n = Normalize(name, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/> (at least
    /// twice <see cref="MaxLength"/> long) and returns its length; allocates nothing.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        int limit = Math.Min(destination.Length - 8, MaxLength * 2 - 8);
        foreach (char c in name)
        {
            if (n >= limit) break;
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4')
                continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                Put(ref n, destination, ref pendingSpace, char.ToLowerInvariant(c));
                continue;
            }
            string? folded = null;
            char single = '_';
            if (c is >= '\u00C0' and <= '\u024F') single = LatinA[c - '\u00C0'];
            else if (c is >= '\u1E00' and <= '\u1EFF') single = LatinB[c - '\u1E00'];
            if (single == '*') folded = Multi(c);
            if (folded is not null)
            {
                foreach (var f in folded) Put(ref n, destination, ref pendingSpace, f);
            }
            else if (single != '_' && single != '*')
            {
                Put(ref n, destination, ref pendingSpace, single);
            }
            else if (char.IsLetterOrDigit(c))
            {
                Put(ref n, destination, ref pendingSpace, char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // a combining accent written separately: drop it
            }
            else if (n > 0)
            {
                pendingSpace = true;
            }
        }
        return Rewrite(destination, n);
    }

    private static void Put(ref int n, Span<char> destination, ref bool pendingSpace, char c)
    {
        if (pendingSpace) { destination[n++] = ' '; pendingSpace = false; }
        destination[n++] = c;
    }

    /// <summary>Spells out abbreviations word by word and drops a leading "the", in place.</summary>
    private static int Rewrite(Span<char> key, int length)
    {
        if (length == 0) return 0;
        Span<char> copy = stackalloc char[length];
        key[..length].CopyTo(copy);
        int n = 0, start = 0;
        bool first = true;
        while (start < length)
        {
            int end = copy[start..length].IndexOf(' ');
            end = end < 0 ? length : start + end;
            var word = copy[start..end];
            bool last = end >= length;
            ReadOnlySpan<char> replacement = word switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "mt" => "mount",
                "ft" => "fort",
                _ => word,
            };
            if (!(first && !last && word.SequenceEqual("the")))
            {
                if (n > 0) key[n++] = ' ';
                if (n + replacement.Length > key.Length) break;
                replacement.CopyTo(key[n..]);
                n += replacement.Length;
            }
            first = false;
            start = end + 1;
        }
        return n;
    }

    /// <summary>Arabic article prefixes ("al ", "el ", "ar " …) that names are also known without.</summary>
    internal static string? WithoutArticle(string key)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an "])
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 2) return key[prefix.Length..];
        return null;
    }

    /// <summary>Builds a key from several words (for callers holding tokens).</summary>
    public static string FromWords(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words) { if (sb.Length > 0) sb.Append(' '); sb.Append(w); }
        return Normalize(sb.ToString());
    }
}
