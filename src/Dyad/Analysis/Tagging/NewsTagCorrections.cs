namespace Dyad.Analysis.Tagging;

/// <summary>
/// More corrections for wire prose where the web-text tagger stumbles, applied after
/// <see cref="FiniteVerbCorrection"/>: a word of letters is never punctuation; the bare verb of "demanded that X end …" is a verb; "Liu He" is a name, not
/// a name and a pronoun; an irregular past right after a sentence-opening name is the verb ("Pakistan shot down");
/// a participle after "and" with a past tense before it is a past tense; a number after "to" is a number ("granted asylum to five
/// Panamanian officers", not an infinitive "to five"), and a participle right after a finite verb
/// and before a noun is an adjective ("extradited suspected British militant …", "arrested wanted
/// criminals"), not a second verb; "will" after a possessive ("Moscow's will to agree") is a noun; "outside" or "inside"
/// after a noun and before a noun phrase is a preposition; a number word opening the sentence is a number.
/// </summary>
public static class NewsTagCorrections
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    };


    private static readonly HashSet<string> Mandating = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting", "urge", "urges", "urged", "urging",
        "ask", "asks", "asked", "asking", "propose", "proposed", "recommend", "recommended", "request", "requested", "require", "required",
    };

    /// <summary>
    /// "demanded that the Sudanese government end curbs on …", "urged that Israel stop the raids": the bare
    /// verb of a mandative that-clause, which the tagger reads as one more noun of the subject, when the
    /// clause has no verb at all and something that can be its object follows.
    /// </summary>
    private static int MandativeVerb(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        int changed = 0;
        for (int k = 1; k + 3 < words.Length; k++)
        {
            if (!words[k].Equals("that", StringComparison.OrdinalIgnoreCase) || !Mandating.Contains(words[k - 1])) continue;
            int end = k + 1;
            while (end < words.Length && words[end] is not ("," or "." or ";" or ":")) end++;
            bool verbless = true;
            for (int x = k + 1; x < end; x++) verbless &= !(xpos[x].StartsWith("VB", StringComparison.Ordinal) || xpos[x] == "MD");
            if (!verbless) continue;
            int i = k + 1;
            if (xpos[i] is "DT" or "PRP$") i++;
            while (i < end && xpos[i] is "JJ" or "NNP" or "NNPS" && char.IsUpper(words[i][0])) i++;
            while (i < end && xpos[i] is "JJ") i++;
            // A clause that ends in its subject ("demanded that President Saleh" at the end of a text) has no verb to find.
            if (i >= end) continue;
            // The subject's last noun, then the verb: a lower-case word the tagger called a noun or adjective.
            // A subject of names alone ("that Israel stop the raids") ends where the names do.
            int verb;
            if (xpos[i] is "NN" or "NNS" or "NNP" or "NNPS" && Candidate(words, xpos, i + 1, end) && Objectish(xpos, i + 2, end)) verb = i + 1;
            else if (i > k + 1 && xpos[i - 1] is "NNP" or "NNPS" && Candidate(words, xpos, i, end) && Objectish(xpos, i + 1, end)) verb = i;
            else continue;
            (xpos[verb], upos[verb]) = ("VB", "VERB");
            changed++;
        }
        return changed;
    }

    private static bool NoFiniteBefore(Span<string> xpos, int i)
    {
        for (int k = 0; k < i; k++) if (FiniteVerbCorrection.IsFinite(xpos[k])) return false;
        return true;
    }

    /// <summary>The nearest finite verb before <paramref name="i"/> is a past tense with no auxiliary in the stretch.</summary>
    private static bool CoordinatedPast(ReadOnlySpan<string> words, Span<string> xpos, int i)
    {
        for (int k = i - 2; k >= 0; k--)
        {
            if (FiniteVerbCorrection.IsAuxiliary(words[k]) || xpos[k] == "MD") return false;
            if (xpos[k] is "VBD") return true;
            if (xpos[k] is "VBZ" or "VBP") return false;
        }
        return false;
    }

    /// <summary>A plural noun within the three words after the first, with only names and adjectives before it.</summary>
    private static bool CountsPlural(Span<string> xpos)
    {
        for (int k = 1; k < Math.Min(xpos.Length, 4); k++)
        {
            if (xpos[k] is "NNS" or "NNPS") return true;
            if (xpos[k] is not ("NNP" or "JJ")) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the nearest verb before <paramref name="x"/> is finite (past or present tense), with no modal, "to" or
    /// other verb between: "sent rescue teams", not "will send teams", "to send teams".
    /// </summary>
    private static bool FiniteVerbBefore(Span<string> xpos, int x)
    {
        for (int k = x - 1; k >= 0; k--)
        {
            if (xpos[k] is "VBD" or "VBZ" or "VBP") return true;
            if (xpos[k].StartsWith("VB", StringComparison.Ordinal) || xpos[k] is "MD" or "TO" or "CC" or "," or "IN" or "WDT") return false;
        }
        return false;
    }

    /// <summary>A lower-case word the tagger called a noun or adjective: maybe a bare verb.</summary>
    private static bool Candidate(ReadOnlySpan<string> words, Span<string> xpos, int x, int end) =>
        x < end && char.IsLower(words[x][0]) && xpos[x] is "NN" or "JJ";

    /// <summary>A word that can start a verb's object or complement.</summary>
    private static bool Objectish(Span<string> xpos, int x, int end) =>
        x < end && xpos[x] is "DT" or "PRP$" or "NN" or "NNS" or "JJ" or "CD" or "IN" or "RP" or "TO" or "NNP";

    /// <summary>Corrects the tags of one sentence in place; returns the number of tokens changed.</summary>
    public static int Apply(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos)
    {
        int changed = MandativeVerb(words, upos, xpos);
        for (int i = 0; i < words.Length; i++)
        {
            // A word of letters is never punctuation ("Protesters set fire to …" had "set" as a colon): after a
            // noun and before what can be its object it is the verb, else a noun.
            if (upos[i] is "PUNCT" or "SYM" && words[i].Length > 1 && words[i].All(char.IsLetter))
            {
                bool verb = i > 0 && i + 1 < words.Length && xpos[i - 1] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP"
                    && xpos[i + 1] is "DT" or "NN" or "NNS" or "JJ" or "PRP$" or "IN" or "TO" or "CD" or "NNP";
                (xpos[i], upos[i]) = verb ? ("VBD", "VERB") : ("NN", "NOUN");
                changed++;
                continue;
            }
            // "Eighty UN peacekeepers were …", "Twelve Nigerian soldiers …": a capitalised number word opening the sentence
            // and counting a plural noun just after it is a number, not the first word of a name ("Seven Network" stays).
            if (i == 0 && xpos[0] is "NNP" or "NNPS" && NumberWords.Contains(words[0]) && CountsPlural(xpos))
            {
                (xpos[0], upos[0]) = ("CD", "NUM");
                changed++;
                continue;
            }
            // "sent aid to eastern Libya": a compass adjective is never a verb (after "to" the tagger reads an infinitive).
            if (upos[i] == "VERB" && Syntax.Compass.Words.Contains(words[i]))
            {
                (xpos[i], upos[i]) = ("JJ", "ADJ");
                changed++;
                continue;
            }
            if (i == 0) continue;
            // "sent rescue teams and aid to Libya": a bare verb form coordinated with the object noun of a finite verb
            // cannot be a second verb of that clause (it would be "sent" too); it is a second object.
            if (xpos[i] == "VB" && i >= 2 && words[i - 1] is "and" or "or" && xpos[i - 2] is "NN" or "NNS" && FiniteVerbBefore(xpos, i - 2))
            {
                (xpos[i], upos[i]) = ("NN", "NOUN");
                changed++;
                continue;
            }
            // "skeptical over Moscow's will to agree", "the people's will": after a possessive, "will" is the noun.
            if (words[i].Equals("will", StringComparison.OrdinalIgnoreCase) && xpos[i] == "MD" && words[i - 1] is "'s" or "’s" or "'" or "’" && xpos[i - 1] == "POS")
            {
                (xpos[i], upos[i]) = ("NN", "NOUN");
                changed++;
                continue;
            }
            // "Libya must hand over the suspects": a lower-case word the tagger called a noun right after a modal that
            // follows its subject is the bare verb ("the will of the people" has no subject before "will").
            if (xpos[i] == "NN" && xpos[i - 1] == "MD" && i >= 2 && xpos[i - 2] is "NNP" or "NNPS" or "NN" or "NNS" or "PRP"
                && char.IsLower(words[i][0]) && words[i].All(char.IsLetter) && i + 1 < words.Length
                && xpos[i + 1] is "RP" or "IN" or "DT" or "PRP$" or "NNS" or "NNP" or "CD" or "JJ" or "TO")
            {
                (xpos[i], upos[i]) = ("VB", "VERB");
                changed++;
                continue;
            }
            // "Arab League Secretary General Chadli Klibi undertook a mediation mission": a form that is only ever a simple
            // past, the tagger's noun after a long name with no verb before it, is the verb whatever follows.
            if (xpos[i] is "NN" or "JJ" && xpos[i - 1] is "NNP" or "NNPS" && EnglishIrregulars.SimplePastOnly.Contains(words[i]) && NoFiniteBefore(xpos, i))
            {
                (xpos[i], upos[i]) = ("VBD", "VERB");
                changed++;
                continue;
            }
            // "Pakistan shot down two Indian jets": an irregular past form the tagger took for a noun, right after a
            // sentence-opening name and before a particle or what can be its object, is the verb.
            if (i <= 3 && xpos[i] is "NN" or "JJ" && xpos[i - 1] is "NNP" or "NNPS" && i + 1 < words.Length
                && xpos[i + 1] is "RP" or "RB" or "DT" or "CD" or "PRP$" && EnglishIrregulars.VerbForms.TryGetValue(words[i].ToLowerInvariant(), out var lemma)
                && !words[i].Equals(lemma, StringComparison.OrdinalIgnoreCase)
                && NoFiniteBefore(xpos, i))
            {
                (xpos[i], upos[i]) = ("VBD", "VERB");
                changed++;
                continue;
            }
            // "Chinese Vice Premier Liu He met …": a capitalised "He" inside a sentence, right after a name, ends the name.
            if (words[i] == "He" && xpos[i - 1] == "NNP" && xpos[i] == "PRP")
            {
                (xpos[i], upos[i]) = ("NNP", "PROPN");
                changed++;
                continue;
            }
            // "The government accused opposition leaders of inciting violence and arrested dozens …": a participle after
            // "and", with a past tense before it and no auxiliary between, is a past tense coordinated with it.
            if (xpos[i] == "VBN" && words[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length
                && xpos[i + 1] is "DT" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "CD" or "PRP$" && CoordinatedPast(words, xpos, i))
            {
                (xpos[i], upos[i]) = ("VBD", "VERB");
                changed++;
                continue;
            }
            // "began a hunger strike outside Parliament": "outside" or "inside" right after a noun and before what can
            // start a noun phrase is a preposition ("hired outside experts", "the outside world" keep the adjective).
            if (xpos[i] == "JJ" && words[i].ToLowerInvariant() is "outside" or "inside" && xpos[i - 1] is "NN" or "NNS"
                && i + 1 < words.Length && xpos[i + 1] is "DT" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "CD")
            {
                (xpos[i], upos[i]) = ("IN", "ADP");
                changed++;
                continue;
            }
            if (xpos[i] is "VB" or "VBP" && (NumberWords.Contains(words[i]) || words[i].All(char.IsAsciiDigit)) && words[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                (xpos[i], upos[i]) = ("CD", "NUM");
                (xpos[i - 1], upos[i - 1]) = ("IN", "ADP");
                changed++;
            }
            else if (xpos[i] == "VBN" && i + 1 < words.Length && xpos[i - 1] is "VBD" or "VBZ" or "VBP" && !FiniteVerbCorrection.IsAuxiliary(words[i - 1])
                && xpos[i + 1] is "JJ" or "NN" or "NNS" or "NNP" or "NNPS")
            {
                (xpos[i], upos[i]) = ("JJ", "ADJ");
                changed++;
            }
        }
        return changed;
    }
}
