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
        for (int i = 0; i < spans.Count; i++)
        {
            bool last = i == spans.Count - 1;
            bool cut = last || i - first + 1 >= MaxSentenceTokens || EndsSentence(text, spans, i);
            if (!cut) continue;
            sentences.Add(new SentenceSpan(first, i - first + 1));
            first = i + 1;
        }
        return sentences;
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
