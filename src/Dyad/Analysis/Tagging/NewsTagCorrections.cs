namespace Dyad.Analysis.Tagging;

/// <summary>
/// Two more corrections for wire prose where the web-text tagger stumbles, applied after
/// <see cref="FiniteVerbCorrection"/>: a number after "to" is a number ("granted asylum to five
/// Panamanian officers", not an infinitive "to five"), and a participle right after a finite verb
/// and before a noun is an adjective ("extradited suspected British militant …", "arrested wanted
/// criminals"), not a second verb.
/// </summary>
public static class NewsTagCorrections
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "get", "gets", "got", "'s", "’s", "'re", "’re", "'ve", "’ve",
    };

    /// <summary>Corrects the tags of one sentence in place; returns the number of tokens changed.</summary>
    public static int Apply(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        int changed = 0;
        for (int i = 1; i < words.Length; i++)
        {
            if (xpos[i] is "VB" or "VBP" && (NumberWords.Contains(words[i]) || words[i].All(char.IsAsciiDigit)) && words[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                (xpos[i], upos[i]) = ("CD", "NUM");
                (xpos[i - 1], upos[i - 1]) = ("IN", "ADP");
                changed++;
            }
            else if (xpos[i] == "VBN" && i + 1 < words.Length && xpos[i - 1] is "VBD" or "VBZ" or "VBP" && !Auxiliaries.Contains(words[i - 1])
                && xpos[i + 1] is "JJ" or "NN" or "NNS" or "NNP" or "NNPS")
            {
                (xpos[i], upos[i]) = ("JJ", "ADJ");
                changed++;
            }
        }
        return changed;
    }
}
