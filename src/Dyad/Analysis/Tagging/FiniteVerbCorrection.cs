using Dyad.Reading.Dates;

namespace Dyad.Analysis.Tagging;

/// <summary>
/// A correction for news prose, where a treebank of web text misleads the tagger: a past
/// participle (VBN, or an "-ed" word tagged as an adjective) with no auxiliary before it, right after its would-be subject, and with no
/// finite verb earlier in the sentence is a past tense (VBD) — "Zambia extradited …", "Yeltsin on
/// Saturday hosted …" — unless a finite verb follows before the next comma, which marks a reduced
/// relative ("Troops deployed in Kosovo said …"); a finite verb after "that" belongs to a complement clause
/// ("Wang told reporters that China opposed …") and marks nothing.
/// <para>
/// And a present-tense verb form right after a day that follows a finite verb is a plural noun: in
/// "Liberia denied on Thursday charges by …" or "Bonn rejected Friday calls for …" nothing could be its
/// subject, but wire copy puts the day there and the tagger, trained on web text, reads "charges" as a verb.
/// </para>
/// </summary>
public static class FiniteVerbCorrection
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
        "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "get", "got", "gets", "getting", "gotten",
    };

    /// <summary>Corrects the tags of one sentence in place; returns the number of tokens changed.</summary>
    public static int Apply(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos, Func<string, bool>? isBareVerb = null)
    {
        int changed = isBareVerb is null ? 0 : PresentAfterPluralSubject(words, upos, xpos, isBareVerb) + SubjunctiveAfterDemand(words, upos, xpos, isBareVerb)
            + PresentInConditionClause(words, upos, xpos, isBareVerb);
        bool finiteSeen = false;
        for (int i = 0; i < words.Length; i++)
        {
            if (xpos[i] is "VBZ" or "VBP" && words[i].Length > 3 && words[i].EndsWith('s') && words[i].All(char.IsLetter)
                && !Auxiliaries.Contains(words[i]) && words[i] is not ("does" or "goes") && AfterVerbAndDay(words, xpos, i))
            {
                xpos[i] = "NNS";
                upos[i] = "NOUN";
                changed++;
                continue;
            }
            if (IsFinite(xpos[i])) { finiteSeen = true; continue; }
            // "…, and Israeli aircraft struck targets": a clause coordinated after a comma (or a semicolon) has a verb of its own.
            if (words[i] == ";" || (words[i] is "and" or "but" && i > 0 && words[i - 1] == ",")) { finiteSeen = false; continue; }
            // "Yugoslavia eased emergency measures …": a past form the tagger took for an adjective is the same case.
            bool participle = xpos[i] == "VBN" || (xpos[i] == "JJ" && words[i].Length > 4 && words[i].EndsWith("ed", StringComparison.Ordinal) && char.IsLower(words[i][0]));
            if (!participle || finiteSeen || i == 0) continue;
            if (!(SubjectBefore(xpos, i) || AfterAppositive(words, xpos, i)) || AuxiliaryBefore(words, xpos, i) || FiniteBeforeComma(words, xpos, i + 1)) continue;
            xpos[i] = "VBD";
            upos[i] = "VERB";
            finiteSeen = true;
            changed++;
        }
        return changed;
    }

    /// <summary>Verbs and nouns of demanding whose that-clause holds a bare verb (a subjunctive).</summary>
    private static readonly HashSet<string> Mandatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting", "urge", "urges", "urged",
        "ask", "asks", "asked", "request", "requests", "requested", "recommend", "recommended", "propose", "proposed", "proposal",
    };

    /// <summary>
    /// "insisted on its demands that Burundi's government grant the Hutu majority more rights": the bare verb of a
    /// demand's that-clause (a subjunctive) after its subject, which the tagger takes for one more noun of the subject
    /// ("government grant"). It must be a verb the treebank knows and be followed by what starts an object.
    /// </summary>
    private static int SubjunctiveAfterDemand(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos, Func<string, bool> isBareVerb)
    {
        int changed = 0;
        for (int t = 1; t + 3 < words.Length; t++)
        {
            if (!words[t].Equals("that", StringComparison.OrdinalIgnoreCase) || !Mandatives.Contains(words[t - 1]) && !(t >= 2 && Mandatives.Contains(words[t - 2]))) continue;
            bool noun = false;
            for (int i = t + 1; i + 1 < words.Length && i <= t + 6; i++)
            {
                if (noun && xpos[i] == "NN" && char.IsLower(words[i][0]) && words[i].All(char.IsLetter) && isBareVerb(words[i])
                    && (xpos[i + 1] is "DT" or "PRP$" or "PRP" or "CD" or "NNP" or "NNPS" or "NNS" or "JJ" or "JJR" or "RP"
                        || words[i + 1].ToLowerInvariant() is "over" or "out" or "up" or "off" or "back" or "down" or "away"))
                {
                    (xpos[i], upos[i]) = ("VB", "VERB");
                    // …and the "that" opening it is a conjunction, not a relative pronoun.
                    (xpos[t], upos[t]) = ("IN", "SCONJ");
                    changed += 2;
                    break;
                }
                if (xpos[i] is not ("DT" or "NNP" or "NNPS" or "NN" or "NNS" or "POS" or "JJ" or "PRP$")) break;
                noun |= xpos[i] is "NNP" or "NNPS" or "NN" or "NNS";
            }
        }
        return changed;
    }

    /// <summary>
    /// "The Palestinians reject proposed Israeli changes", "French authorities today release an impounded
    /// ship": headline-style present tense after a plural subject (a day may stand between) that the tagger
    /// read as one more noun of the subject. The word must be a verb the treebank knows, come before any
    /// finite verb, and be followed by what starts an object (not a noun: "relief workers aid distribution"),
    /// with no other finite verb in its stretch. An "-ed" word right after it is then a participle modifying
    /// the object ("reject proposed changes").
    /// </summary>
    private static int PresentAfterPluralSubject(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos, Func<string, bool> isBareVerb)
    {
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (IsFinite(xpos[i])) return 0;
            if (xpos[i] != "NN" || !char.IsLower(words[i][0]) || !words[i].All(char.IsLetter)) continue;
            int subj = IsDay(words[i - 1]) ? i - 2 : i - 1;
            // "police" and "people" take a plural verb too ("Polish police today arrest …").
            if (subj < 0 || !(xpos[subj] is "NNS" or "NNPS" || words[subj].ToLowerInvariant() is "police" or "people")) continue;
            int next = i + 1;
            bool edNext = xpos[next] is "VBD" or "VBN" && words[next].EndsWith("ed", StringComparison.Ordinal) && next + 1 < words.Length
                && xpos[next + 1] is "JJ" or "NN" or "NNS" or "NNP" or "NNPS";
            if (!edNext && xpos[next] is not ("DT" or "PRP$" or "CD" or "JJ" or "NNS" or "NNP" or "NNPS" or "RP" or "VBN")) continue;
            if (!isBareVerb(words[i])) continue;
            bool otherFinite = false;
            for (int k = edNext ? next + 1 : next; k < words.Length && words[k] is not ("," or ";" or ":" or "that" or "which" or "who"); k++)
                otherFinite |= IsFinite(xpos[k]);
            if (otherFinite) continue;
            (xpos[i], upos[i]) = ("VBP", "VERB");
            if (edNext) (xpos[next], upos[next]) = ("VBN", "VERB");
            return edNext ? 2 : 1;
        }
        return 0;
    }

    /// <summary>Words opening a clause of condition or time, whose subject comes next.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase) { "if", "unless", "once", "when", "until" };

    /// <summary>
    /// "will not accept refugees if war starts in Iraq", "once the ceasefire holds": after a word opening a clause of
    /// condition or time and a singular noun, an "-s" form of a verb the treebank knows is that subject's verb (VBZ), not a
    /// plural noun of a compound; only when no other verb follows in the clause ("if peace talks fail" keeps its noun).
    /// </summary>
    private static int PresentInConditionClause(ReadOnlySpan<string> words, Span<string> upos, Span<string> xpos, Func<string, bool> isBareVerb)
    {
        int changed = 0;
        for (int t = 0; t + 2 < words.Length; t++)
        {
            if (!ClauseOpeners.Contains(words[t])) continue;
            int subject = t + 1 < words.Length && xpos[t + 1] == "DT" ? t + 2 : t + 1;
            int verb = subject + 1;
            if (verb >= words.Length || xpos[subject] != "NN" || xpos[verb] != "NNS" || !char.IsLower(words[verb][0])
                || !words[verb].All(char.IsLetter) || !words[verb].EndsWith('s') || !isBareVerb(words[verb][..^1])) continue;
            bool otherVerb = false;
            for (int k = verb + 1; k < words.Length && words[k] is not ("," or ";" or ":"); k++)
                otherVerb |= xpos[k].StartsWith("VB", StringComparison.Ordinal) || xpos[k] == "MD";
            if (otherVerb) continue;
            (xpos[verb], upos[verb]) = ("VBZ", "VERB");
            changed++;
        }
        return changed;
    }

    /// <summary>Token <paramref name="i"/> follows "VERB on DAY", "VERB DAY" or "VERB today" directly.</summary>
    private static bool AfterVerbAndDay(ReadOnlySpan<string> words, Span<string> xpos, int i)
    {
        int day = i - 1;
        if (day < 1 || !IsDay(words[day])) return false;
        int before = words[day - 1].Equals("on", StringComparison.OrdinalIgnoreCase) ? day - 2 : day - 1;
        return before >= 0 && xpos[before] is "VBD" or "VBZ" or "VBP";
    }

    /// <summary>A day standing alone as a time: a weekday, "today", "yesterday", "tonight".</summary>
    public static bool IsDay(string word) =>
        RelativeDate.IsWeekday(word) || word.Equals("today", StringComparison.OrdinalIgnoreCase)
        || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase);

    /// <summary>A finite verb tag: past, present or modal.</summary>
    internal static bool IsFinite(string xpos) => xpos is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>A form of "be", "have" or "get" that can stand as an auxiliary (a possessive "’s" too: callers check POS).</summary>
    internal static bool IsAuxiliary(string word) => Auxiliaries.Contains(word);

    /// <summary>A noun phrase ends just before (an adverbial "on Saturday" or "today" may sit in between).</summary>
    private static bool SubjectBefore(Span<string> xpos, int i)
    {
        int k = i - 1;
        // Skip a short time adverbial: "on Saturday", "today", "yesterday", "last week".
        if (k >= 1 && xpos[k] is "NNP" or "NN" && xpos[k - 1] == "IN") k -= 2;
        else if (k >= 0 && xpos[k] is "RB" or "RBR" or "RBS") k--;
        return k >= 0 && xpos[k] is "NNP" or "NNPS" or "NN" or "NNS" or "PRP";
    }

    /// <summary>
    /// "The main rebel group, the Forces for Defence of Democracy (FDD), insisted on …": a participle right after the
    /// comma that closes an appositive (a verbless stretch set off after a noun) follows its subject all the same; not
    /// "…, accused by the government of …", an agent phrase that marks a reduced relative.
    /// </summary>
    private static bool AfterAppositive(ReadOnlySpan<string> words, Span<string> xpos, int i)
    {
        if (i < 4 || words[i - 1] != "," || (i + 1 < words.Length && words[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase))) return false;
        bool noun = false;
        for (int k = i - 2; k >= 1; k--)
        {
            if (words[k] == ",") return noun && xpos[k - 1] is "NNP" or "NNPS" or "NN" or "NNS";
            if (xpos[k].StartsWith("VB", StringComparison.Ordinal) || xpos[k] == "MD" || (xpos[k] is "WP" or "WDT" or "IN" && words[k] is "that" or "who" or "which")) return false;
            // An appositive names one thing: a list ("in Cairo, Alexandria and Suez, armed with stones") is no appositive.
            if (words[k].Equals("and", StringComparison.OrdinalIgnoreCase) || words[k].Equals("or", StringComparison.OrdinalIgnoreCase)) return false;
            noun |= xpos[k] is "NNP" or "NNPS" or "NN" or "NNS";
        }
        return false;
    }

    private static bool AuxiliaryBefore(ReadOnlySpan<string> words, Span<string> xpos, int i)
    {
        // A possessive "’s" ("Egypt’s foreign minister held …") is no auxiliary.
        for (int k = Math.Max(0, i - 4); k < i; k++)
            if (Auxiliaries.Contains(words[k]) && xpos[k] != "POS") return true;
        return false;
    }

    private static bool FiniteBeforeComma(ReadOnlySpan<string> words, Span<string> xpos, int from)
    {
        for (int k = from; k < words.Length; k++)
        {
            // "Wang told reporters that China opposed …": a finite verb inside a that-clause is the complement's, not a main verb after a reduced relative.
            if (words[k] is "," or ";" or ":" or "—" or "-" or "that") return false;
            // "The UN on Tuesday reduced food supplies … because rice was being diverted": so does one in a clause of reason, time or condition.
            if (words[k].ToLowerInvariant() is "because" or "after" or "before" or "while" or "when" or "if" or "unless" or "although" or "though" or "since" or "until") return false;
            // "Protesters in Indian cities burned flags and called for …": a finite verb coordinated with
            // the participle makes it finite too, not a reduced relative.
            if (IsFinite(xpos[k])) return !(k > 0 && words[k - 1] is "and" or "or");
        }
        return false;
    }
}
