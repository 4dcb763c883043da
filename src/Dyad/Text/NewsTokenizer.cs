using System.Collections.Frozen;

namespace Dyad.Text;

/// <summary>
/// A rule-based tokenizer for English news, following UD English-EWT conventions: possessives and
/// contractions split off ("Iran’s" → "Iran" "’s", "don't" → "do" "n't"), hyphenated words kept
/// whole, abbreviations and initials keep their period ("U.S.", "Gen.", "J."), numbers keep their
/// separators ("1,000", "3.5"), URLs and e-mail addresses stay one token, and a period glued to the
/// next sentence by a scraper ("a year.At the start") is split.
/// </summary>
/// <remarks>Tokens never overlap and always point into the input, so offsets are exact.</remarks>
public static partial class NewsTokenizer
{
    /// <summary>Abbreviations that keep their final period (lower case, without the period).</summary>
    internal static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "pres", "gov", "sen", "rep",
        "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "lieut", "cdr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "llc", "plc", "bros", "dept", "univ", "assn", "est", "approx",
        "no", "nos", "vol", "vs", "etc", "al", "ext", "dept", "tel", "fax", "jr", "fig", "pp", "ave", "blvd", "rd", "hwy",
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "i.e", "e.g", "ph.d", "b.c", "a.d",
        "ont", "que", "ariz", "calif", "colo", "conn", "fla", "ill", "ind", "kan", "mass", "mich", "minn", "miss", "nev",
        "okla", "ore", "penn", "tenn", "tex", "va", "wash", "wis", "wyo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that never end a sentence: titles before a name.</summary>
    internal static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "brig", "lieut", "cdr", "sen", "rep", "gov", "pres", "st", "mt", "no", "nos", "vol", "vs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bound prefixes that keep their hyphen (EWT keeps "non-stop", "e-mail", "post-war" whole).</summary>
    internal static readonly FrozenSet<string> HyphenPrefixes = new[]
    {
        "e", "non", "pre", "post", "co", "ex", "multi", "mid", "over", "pro", "anti", "re", "un", "sub", "semi", "inter",
        "cross", "counter", "vice", "mis", "de", "bi", "tri", "micro", "macro", "mega", "mini", "neo", "pseudo", "quasi", "ultra", "x",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Clitics = ["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"];

    /// <summary>Splits <paramref name="text"/> into tokens, appending (start, end) spans.</summary>
    public static void Tokenize(string text, List<(int Start, int End)> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            if (i >= text.Length) break;
            int start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            // The splitting rules recurse once per separator inside a chunk: a chunk longer than any
            // word ("a,b,c,…" thousands long, base64, minified code) is cut into pieces first, so the
            // depth stays bounded whatever the input.
            for (int piece = start; piece < i;)
            {
                int stop = Math.Min(i, piece + MaxChunk);
                if (stop < i && char.IsHighSurrogate(text[stop - 1])) stop--; // never between the halves of a character
                SplitChunk(text, piece, stop, tokens);
                piece = stop;
            }
        }
    }

    /// <summary>The longest run of non-space characters split by the rules at once.</summary>
    internal const int MaxChunk = 256;

    /// <summary>Convenience overload returning the token spans.</summary>
    public static List<(int Start, int End)> Tokenize(string text)
    {
        var list = new List<(int, int)>();
        Tokenize(text, list);
        return list;
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200b' || c == '\ufeff';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '«' or '‹' or '`' or '<';

    private static bool IsClosing(char c) =>
        c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»' or '›' or ',' or ';' or ':' or '…' or '>';

    private static bool IsDash(char c) => c is '—' or '–' or '―';

    private static void SplitChunk(string text, int start, int end, List<(int, int)> tokens)
    {
        // URLs and e-mail addresses stay whole (less trailing punctuation).
        var chunk = text.AsSpan(start, end - start);
        if (LooksLikeUrl(chunk))
        {
            int e = end;
            while (e > start + 1 && (IsClosing(text[e - 1]) || text[e - 1] == '.')) e--;
            tokens.Add((start, e));
            for (int k = e; k < end; k++) tokens.Add((k, k + 1));
            return;
        }

        // Rules of symbols ("-----", "=====", "***") and emoticons (":)", ":-(") are one token each.
        if (IsSymbolRun(chunk) || Emoticons.Contains(chunk.ToString())) { tokens.Add((start, end)); return; }
        if (DayMonthYear().IsMatch(chunk)) { tokens.Add((start, end)); return; }
        foreach (var emoticon in Emoticons)
        {
            if (chunk.Length > emoticon.Length && chunk.EndsWith(emoticon, StringComparison.Ordinal) && char.IsLetterOrDigit(chunk[^(emoticon.Length + 1)]))
            {
                SplitChunk(text, start, end - emoticon.Length, tokens);
                tokens.Add((end - emoticon.Length, end));
                return;
            }
        }

        var tail = new List<(int, int)>();
        // Leading punctuation (and an ellipsis glued to the first word: "...Now").
        while (start < end - 1 && text[start] == '.' && text[start + 1] == '.')
        {
            int run = start;
            while (run < end && text[run] == '.') run++;
            if (run >= end) break;
            tokens.Add((start, run));
            start = run;
        }
        while (start < end && (IsOpening(text[start]) || IsDash(text[start]) || text[start] == '$' || text[start] == '#'))
        {
            if (text[start] == '\'' && end - start > 1 && char.IsDigit(text[start + 1])) break; // '90s
            int len = RunLength(text, start, end);
            tokens.Add((start, start + len));
            start += len;
        }
        // Trailing punctuation, closing quotes, brackets, and the sentence-final period.
        while (end > start)
        {
            char c = text[end - 1];
            if (IsClosing(c))
            {
                if ((c == '\'' || c == '’') && end - start > 1 && char.ToLowerInvariant(text[end - 2]) == 's' && end - start > 2
                    && IsPluralPossessive(text, start, end))
                {
                    tail.Add((end - 1, end)); end--; continue;
                }
                int len = RunLengthBack(text, start, end);
                tail.Add((end - len, end)); end -= len;
                continue;
            }
            if (IsDash(c)) { tail.Add((end - 1, end)); end--; continue; }
            if (c is '.' or '!' or '?')
            {
                // A run of terminal marks ("..", "?!", ".?", "....") is one token, as in EWT.
                int run = end - 1;
                while (run > start && text[run - 1] is '.' or '!' or '?') run--;
                if (end - run >= 2) { tail.Add((run, end)); end = run; continue; }
                if (c == '.' && KeepsPeriod(text, start, end)) break;
                tail.Add((end - 1, end)); end--; continue;
            }
            if (c == '%' && end - start > 1) { tail.Add((end - 1, end)); end--; continue; }
            break;
        }
        if (end > start) SplitMiddle(text, start, end, tokens);
        for (int k = tail.Count - 1; k >= 0; k--) tokens.Add(tail[k]);
    }

    private static readonly FrozenSet<string> Emoticons = new[] { ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":/", "=)", "<3" }.ToFrozenSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}-[A-Za-z]{3}-\d{2,4}$")]
    private static partial System.Text.RegularExpressions.Regex DayMonthYear();

    private static bool IsSymbolRun(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 2) return false;
        foreach (var c in chunk) if (c is not ('-' or '=' or '*' or '_' or '~' or '#' or '+' or '^')) return false;
        return true;
    }

    private static bool IsPluralPossessive(string text, int start, int end)
    {
        // "countries'" → "countries" "'" : a closing quote after s is read as a possessive when no opening quote precedes.
        for (int k = start; k < end - 1; k++) if (text[k] is '"' or '“' or '‘' or '\'') return false;
        return true;
    }

    private static int RunLength(string text, int start, int end)
    {
        char c = text[start];
        int k = start + 1;
        if (c is '`' or '\'') while (k < end && text[k] == c) k++;
        return k - start;
    }

    private static int RunLengthBack(string text, int start, int end)
    {
        char c = text[end - 1];
        int k = end - 1;
        if (c is '!' or '?' or '\'') while (k > start && text[k - 1] == c) k--;
        return end - k;
    }

    private static bool LooksLikeUrl(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.IndexOf('@') > 0 && chunk.LastIndexOf('.') > chunk.IndexOf('@'));

    /// <summary>Whether the period at <paramref name="end"/>-1 belongs to the word (abbreviation, initial, acronym).</summary>
    internal static bool KeepsPeriod(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - 1 - start);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsLetter(word[0])) return true;           // initial "J."
        if (IsDottedAcronym(word)) return true;                               // "U.S." "a.m."
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        // letters separated by single periods: U.S, U.N, e.g
        if (word.Length < 3) return false;
        for (int k = 0; k < word.Length; k++)
        {
            bool letterSlot = k % 2 == 0;
            if (letterSlot ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        }
        return word.Length % 2 == 1;
    }

    /// <summary>
    /// "Moon Jae-in", "Kim Jong-un", "Ri Yong-ho": a hyphenated given name after a capitalised
    /// surname, whose second syllable is a short lower-case one, stays one word — split, "in" and "un"
    /// read as words and the name's verb as a participle. "Saudi-led" and "Tehran-Islamabad" still split.
    /// </summary>
    private static bool IsHyphenatedGivenName(string text, int start, int hyphen, int end)
    {
        int first = hyphen - start, second = end - hyphen - 1;
        if (first is < 2 or > 5 || second is < 1 or > 3 || !char.IsUpper(text[start])) return false;
        for (int k = start + 1; k < hyphen; k++) if (!char.IsAsciiLetterLower(text[k])) return false;
        for (int k = hyphen + 1; k < end; k++) if (!char.IsAsciiLetterLower(text[k])) return false;
        if (NotSyllables.Contains(text.Substring(hyphen + 1, second))) return false;
        // The word before is a capitalised surname of at most five letters ("Moon", "Kim", "Ri", "Park").
        int p = start - 1;
        while (p >= 0 && IsSpace(text[p])) p--;
        int q = p;
        while (q >= 0 && char.IsLetter(text[q])) q--;
        if (p - q is < 2 or > 5 || !char.IsUpper(text[q + 1])) return false;
        return !NotSurnames.Contains(text.Substring(q + 1, p - q));
    }

    private static readonly FrozenSet<string> NotSyllables = new[] { "led", "run", "era", "old", "new", "day", "war", "way", "set", "up", "off", "out", "end", "for", "all", "the", "and" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotSurnames = new[] { "The", "A", "An", "In", "On", "At", "By", "For", "With", "From", "To", "Of", "And", "But", "As", "Its", "His", "Her", "Their", "Our", "This", "That", "New", "Old", "West", "East", "North", "South" }.ToFrozenSet(StringComparer.Ordinal);

    private static void SplitMiddle(string text, int start, int end, List<(int, int)> tokens)
    {
        // Glued sentences from scraped pages: "year.At" → "year" "." "At".
        for (int k = start + 2; k < end - 1; k++)
        {
            if (text[k] == '.' && char.IsLower(text[k - 1]) && char.IsLower(text[k - 2]) && char.IsUpper(text[k + 1])
                && k + 2 < end && char.IsLower(text[k + 2]) && !text.AsSpan(start, end - start).Contains('@'))
            {
                SplitMiddle(text, start, k, tokens);
                tokens.Add((k, k + 1));
                SplitChunk(text, k + 1, end, tokens);
                return;
            }
        }
        // An ellipsis between words ("past...and") and a slash between words ("and/or") stand alone.
        for (int k = start + 1; k < end - 1; k++)
        {
            bool dots = text[k] == '.' && text[k + 1] == '.';
            bool slash = text[k] == '/' && k - start >= 2 && end - k > 2 && char.IsLetter(text[k - 1]) && char.IsLetter(text[k - 2])
                && char.IsLetter(text[k + 1]) && char.IsLetter(text[k + 2]);
            // A comma glued between words ("me,just") separates them; "1,000" keeps its comma.
            bool comma = text[k] == ',' && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]);
            if (comma)
            {
                SplitMiddle(text, start, k, tokens);
                tokens.Add((k, k + 1));
                SplitChunk(text, k + 1, end, tokens);
                return;
            }
            if (!dots && !slash) continue;
            int stop = k + 1;
            if (dots) while (stop < end && text[stop] == '.') stop++;
            SplitMiddle(text, start, k, tokens);
            tokens.Add((k, stop));
            if (stop < end) SplitChunk(text, stop, end, tokens);
            return;
        }
        // Hyphenated words split as in EWT ("Tehran-Islamabad" → "Tehran" "-" "Islamabad"), except after
        // bound prefixes ("non-stop", "e-mail", "post-war") and between digits ("713-853-3989", "4-12").
        for (int k = start + 1; k < end - 1; k++)
        {
            if (text[k] != '-' || !char.IsLetterOrDigit(text[k - 1]) || !char.IsLetterOrDigit(text[k + 1])) continue;
            if (char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])) continue;
            int wordStart = k - 1;
            while (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1])) wordStart--;
            if (wordStart == start && HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, k - start))) continue;
            if (wordStart != start) continue; // an inner hyphen after other characters: leave the chunk alone
            if (IsHyphenatedGivenName(text, start, k, end)) continue;
            SplitMiddle(text, start, k, tokens);
            tokens.Add((k, k + 1));
            SplitChunk(text, k + 1, end, tokens);
            return;
        }
        // Dashes inside a chunk ("forces—the") split.
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsDash(text[k]) || (text[k] == '-' && text[k + 1] == '-'))
            {
                int dashEnd = k + 1;
                while (dashEnd < end && (IsDash(text[dashEnd]) || text[dashEnd] == '-')) dashEnd++;
                SplitMiddle(text, start, k, tokens);
                tokens.Add((k, dashEnd));
                if (dashEnd < end) SplitChunk(text, dashEnd, end, tokens);
                return;
            }
        }
        // Clitics: possessive and contractions.
        var span = text.AsSpan(start, end - start);
        foreach (var clitic in Clitics)
        {
            if (span.Length > clitic.Length && span.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                int cut = end - clitic.Length;
                if (clitic[0] == 'n' && cut - start >= 1)
                {
                    // "can't" → "ca" "n't"; "won't" → "wo" "n't"
                    tokens.Add((start, cut));
                    tokens.Add((cut, end));
                    return;
                }
                if (clitic[0] != 'n')
                {
                    tokens.Add((start, cut));
                    tokens.Add((cut, end));
                    return;
                }
            }
        }
        // "$5" and "5$" stay separate from their numbers only at the edges (handled above).
        tokens.Add((start, end));
    }
}
