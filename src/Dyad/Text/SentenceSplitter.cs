using System.Collections.Frozen;
using Dyad.Documents;

namespace Dyad.Text;

/// <summary>
/// Splits a token sequence into sentences: at terminal punctuation (with the closing quotes and
/// brackets that follow it) before a capital, digit or quote; at paragraph breaks; and after an
/// abbreviation that can end a sentence ("… in the U.S. The …") when a sentence-opening word follows.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Openers = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "this",
        "that", "these", "those", "his", "her", "their", "its", "our", "there", "after", "before", "when", "while",
        "meanwhile", "however", "also", "during", "earlier", "later", "last", "on", "for", "as", "if", "some",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest sentence, in tokens; longer runs are cut so later stages stay bounded.</summary>
    public const int MaxSentenceTokens = 300;

    /// <summary>Splits the tokens <paramref name="spans"/> of <paramref name="text"/> into sentences.</summary>
    public static List<SentenceSpan> Split(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        var sentences = new List<SentenceSpan>();
        int first = 0;
        int dateline = DatelineEnd(text, spans, 0);
        for (int i = 0; i < spans.Count; i++)
        {
            bool last = i == spans.Count - 1;
            bool cut = last || i - first + 1 >= MaxSentenceTokens || i == dateline || EndsSentence(text, spans, i);
            if (cut && !last) dateline = DatelineEnd(text, spans, i + 1);
            if (!cut) continue;
            sentences.Add(new SentenceSpan(first, i - first + 1));
            first = i + 1;
        }
        return sentences;
    }

    private static readonly FrozenSet<string> Months = new[]
    {
        "jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr", "apr.", "april", "may", "jun", "jun.",
        "june", "jul", "jul.", "july", "aug", "aug.", "august", "sep", "sep.", "sept", "sept.", "september", "oct", "oct.",
        "october", "nov", "nov.", "november", "dec", "dec.", "december",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A dateline opening a paragraph — "MOSCOW, March 12 (Reuters) -", "BEIRUT (AP) —", "KABUL, Afghanistan —" —
    /// is a sentence of its own, so it is not read as the subject of the first clause. Returns the
    /// index of its closing dash, or -1.
    /// </summary>
    private static int DatelineEnd(string text, IReadOnlyList<(int Start, int End)> spans, int first)
    {
        if (first >= spans.Count || (first > 0 && !ParagraphBreak(text, spans[first - 1].End, spans[first].Start))) return -1;
        int i = first, capitals = 0;
        // PLACE in capitals: "MOSCOW", "NEW DELHI", "WASHINGTON, D.C."
        while (i < spans.Count && IsCapitalWord(text, spans[i])) { i++; capitals++; }
        if (capitals == 0 || capitals > 4) return -1;
        int depth = 0;
        for (int guard = 0; guard < 12 && i < spans.Count; guard++)
        {
            var word = text.AsSpan(spans[i].Start, spans[i].End - spans[i].Start);
            // The dash is set off by a space ("MOSCOW -", "BEIRUT (AP) —"): "U.N. Secretary-General" is no dateline.
            if (depth == 0 && word is "-" or "—" or "–" or "--")
                return i + 1 >= spans.Count || spans[i + 1].Start > spans[i].End || spans[i].Start > spans[i - 1].End ? i : -1;
            if (word is "(") depth++;
            else if (word is ")") depth = Math.Max(0, depth - 1);
            bool allowed = depth > 0 || word is "," or ")" or "/" || char.IsDigit(word[0]) || Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || char.IsUpper(word[0]);
            if (!allowed) return -1;
            i++;
        }
        return -1;
    }

    private static bool IsCapitalWord(string text, (int Start, int End) span)
    {
        var word = text.AsSpan(span.Start, span.End - span.Start);
        if (word.Length < 2) return false;
        foreach (var c in word) if (char.IsLower(c)) return false;
        return char.IsUpper(word[0]);
    }

    private static bool EndsSentence(string text, IReadOnlyList<(int Start, int End)> spans, int i)
    {
        var (start, end) = spans[i];
        var (nextStart, nextEnd) = spans[i + 1];
        if (ParagraphBreak(text, end, nextStart)) return true;
        char c = text[end - 1];
        bool terminal = c is '.' or '!' or '?' or '…';
        if (!terminal)
        {
            // A closing quote or bracket right after terminal punctuation ends the sentence with it.
            if (IsCloser(text[start]) && i > 0 && end - start == 1)
            {
                var (ps, pe) = spans[i - 1];
                char p = text[pe - 1];
                if ((p is '.' or '!' or '?') && pe == start && !(IsCloser(text[nextStart]))) return StartsSentence(text, nextStart);
            }
            return false;
        }
        if (IsCloser(text[nextStart]) && nextStart == end) return false; // the quote closes this sentence first
        var token = text.AsSpan(start, end - start);
        bool ellipsis = token is "…" || (token.Length >= 2 && token.Trim('.').IsEmpty);
        // An ellipsis often trails off mid-sentence: only a capital (or quote, digit) after it starts a new one.
        if (ellipsis) return StartsSentence(text, nextStart);
        // A standalone full stop, question or exclamation mark ends the sentence whatever the next word's
        // case (web text starts sentences in lower case), unless punctuation continues the sentence.
        bool punctToken = token.Length == 1 || token.Trim(".!?").IsEmpty;
        if (punctToken || c is '!' or '?') return text[nextStart] is not (',' or ';' or ':' or ')' or ']' or '}');
        // A word keeping its period (abbreviation, initial): a sentence ends only before an opener.
        var word = text.AsSpan(start, end - 1 - start);
        if (word.Length == 1 || NewsTokenizer.Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        return char.IsUpper(text[nextStart]) && Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(nextStart, nextEnd - nextStart));
    }

    private static bool StartsSentence(string text, int start)
    {
        char c = text[start];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c is '"' or '“' or '‘' or '(' or '[' or '\'' or '—' or '-') return true;
        return !char.IsLetter(c);
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool ParagraphBreak(string text, int from, int to)
    {
        int newlines = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '\n') newlines++;
            else if (text[k] == '\r' && (k + 1 >= to || text[k + 1] != '\n')) newlines++;
        }
        return newlines >= 2;
    }
}
