using System.Collections.Frozen;
using Dyad.Analysis.Parsing;
using Dyad.Analysis.Tagging;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Analysis;

/// <summary>
/// The parse stage: a dependency tree per sentence from the transition-based parser.
/// </summary>
/// <remarks>
/// With <paramref name="collapseMentions"/>, every mention of several proper-noun words ("Russian
/// President Vladimir Putin", "Kazakhstan’s Defense Minister Saken Zhasuzakov", "the VII Moscow
/// Conference") is parsed as its head word alone and its other words are attached to that head afterwards — the named-entity
/// collapsing news coders have long used, because long titled names are where a treebank-trained
/// parser goes wrong most. The mentions stage must then run first.
/// <para>
/// A day standing between a subject and its verb ("Kenyan President Daniel Arap Moi on Monday
/// urged …", "Indian business leaders Friday called …") is set aside the same way, always: a
/// treebank parser, having seen few such datelines, takes the day for the subject. It is attached to
/// the verb afterwards as a temporal modifier. So is a day between a verb and what follows it
/// ("denied on Thursday charges by …", "lifted Friday a day-old blockade"), which the parser
/// otherwise takes for the object.
/// </para>
/// </remarks>
public sealed class ParseStage(DependencyParser parser, bool collapseMentions = false) : IStage
{
    /// <inheritdoc/>
    public string Name => "parse";

    /// <inheritdoc/>
    public Layer Requires => Layer.Sentences | Layer.Tags | Layer.Lemmas | (collapseMentions ? Layer.Mentions : Layer.None);

    /// <inheritdoc/>
    public Layer Assigns => Layer.Parse;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        int n = document.TokenCount;
        var heads = new int[n];
        var rels = new string[n];
        var words = document.Words.ToArray();
        var upos = document.Upos.ToArray();
        var xpos = document.Xpos.ToArray();
        var lemmas = document.Lemmas.ToArray();
        var headOf = CollapsedHeads(document);
        var dayOf = new int[n];
        Array.Fill(dayOf, -1);
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var days = SetAsideDays(document, sentence, headOf, dayOf);
            // "warned last month that consumers could …": after the period the tagger reads "that" as a relative pronoun;
            // with the period set aside it introduces the verb's complement.
            foreach (var (day, _) in days)
                if (day + 1 < sentence.EndToken && words[day + 1].Equals("that", StringComparison.OrdinalIgnoreCase) && upos[day + 1] == "PRON")
                    (upos[day + 1], xpos[day + 1]) = ("SCONJ", "IN");
            // The words the parser sees: every token that is not inside a collapsed mention, plus each mention's head.
            var kept = new List<int>(sentence.TokenCount);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                if ((headOf[t] < 0 || headOf[t] == t) && dayOf[t] < 0) kept.Add(t);
            int count = kept.Count;
            var localHeads = new int[count];
            var localRels = new string[count];
            // A collapsed name stands for a proper noun, whatever its head word's own tag ("British militant Haroon
            // Rashid Aswad" is headed by "militant", which the tagger may call an adjective).
            bool Collapsed(int t) => headOf[t] == t;
            parser.Parse(kept.Select(t => words[t]).ToArray(), kept.Select(t => Collapsed(t) ? "PROPN" : upos[t]).ToArray(),
                kept.Select(t => Collapsed(t) ? "NNP" : xpos[t]).ToArray(), kept.Select(t => lemmas[t]).ToArray(), localHeads, localRels);
            for (int i = 0; i < count; i++)
            {
                // CoNLL heads are 1-based within what was parsed, 0 for the root; the document holds document indexes, -1 for a root.
                heads[kept[i]] = localHeads[i] == 0 ? -1 : kept[localHeads[i] - 1];
                rels[kept[i]] = localRels[i];
            }
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (headOf[t] < 0 || headOf[t] == t) continue;
                Attach(heads, rels, t, headOf[t], InnerRelation(document, t, headOf[t]));
            }
            foreach (var (day, verb) in days)
            {
                // An auxiliary ("… on Monday has urged") hands the day to its verb.
                int v = document.Upos[verb] == "AUX" && heads[verb] >= 0 ? heads[verb] : verb;
                heads[day] = v;
                bool marked = day > sentence.FirstToken && dayOf[day - 1] == day;
                bool onDay = marked && words[day - 1].Equals("on", StringComparison.OrdinalIgnoreCase);
                rels[day] = onDay ? "obl" : "obl:tmod";
                // "on Monday": the preposition is the day's case; "last month": the adjective its modifier.
                if (marked) { heads[day - 1] = day; rels[day - 1] = onDay ? "case" : "amod"; }
            }
            RepairPassiveObjects(sentence, upos, heads, rels);
            RepairCallOn(sentence, lemmas, heads, rels);
            RepairTimeClause(sentence, lemmas, heads, rels);
            RepairListSubject(sentence, words, upos, heads, rels);
            RepairGerundAfterTo(sentence, upos, xpos, lemmas, heads, rels);
            RepairCompoundAcrossPreposition(sentence, upos, heads, rels);
            RepairAccordingTo(sentence, lemmas, heads, rels);
            RepairThatClauseSubject(sentence, lemmas, upos, heads, rels);
            RepairNounRoot(sentence, upos, xpos, heads, rels);
            RepairMarkedSubject(sentence, upos, heads, rels);
            RepairUpToNumber(sentence, words, lemmas, upos, heads, rels);
            RepairFusedSuperlative(sentence, upos, lemmas, heads, rels);
        }
        document.SetParse(heads, rels);
    }

    /// <summary>Hangs <paramref name="token"/> on <paramref name="head"/> with relation <paramref name="rel"/>.</summary>
    private static void Attach(int[] heads, string[] rels, int token, int head, string rel)
    {
        heads[token] = head;
        rels[token] = rel;
    }

    /// <summary>
    /// A passive verb takes no object: "no Americans were harmed and announced new sanctions" gives
    /// "sanctions" to "harmed" when the parser misses the coordination; the object goes to the
    /// coordinated verb between them that has none.
    /// </summary>
    private static void RepairPassiveObjects(Sentence sentence, string[] upos, int[] heads, string[] rels)
    {
        int first = sentence.FirstToken, n = sentence.EndToken - first;
        var passive = new bool[n];
        var hasObject = new bool[n];
        for (int c = first; c < sentence.EndToken; c++)
        {
            if (heads[c] < 0) continue;
            if (rels[c] is "aux:pass" or "nsubj:pass") passive[heads[c] - first] = true;
            if (rels[c] == "obj") hasObject[heads[c] - first] = true;
        }
        for (int o = first; o < sentence.EndToken; o++)
        {
            if (rels[o] != "obj" || heads[o] < 0 || !passive[heads[o] - first]) continue;
            int v = heads[o];
            for (int c = o - 1; c > v; c--)
            {
                if (heads[c] != v || rels[c] != "conj" || upos[c] != "VERB") continue;
                if (!hasObject[c - first]) { heads[o] = c; hasObject[c - first] = true; }
                break;
            }
        }
    }

    /// <summary>
    /// "Palestinian youths resorted to throwing stones …, officials said": the parser may hang the gerund clause after
    /// "verb to" on a later verb (here the trailing verb of saying); a gerund clause right after any verb and "to"
    /// ("resorted to", "turned to", "committed to") is that verb's, so it shares its subject.
    /// </summary>
    private static void RepairGerundAfterTo(Sentence sentence, string[] upos, string[] xpos, string[] lemmas, int[] heads, string[] rels)
    {
        for (int g = sentence.FirstToken + 2; g < sentence.EndToken; g++)
        {
            int to = g - 1, verb = g - 2;
            if (xpos[g] != "VBG" || lemmas[to] != "to" || upos[verb] != "VERB" || heads[g] == verb
                || !(rels[g] is "ccomp" or "advcl" or "xcomp" or "conj" || heads[g] == to) || Dominates(heads, g, verb)) continue;
            Attach(heads, rels, g, verb, "advcl");
            Attach(heads, rels, to, g, "mark");
        }
    }

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="token"/> or above it in the tree.</summary>
    private static bool Dominates(int[] heads, int ancestor, int token)
    {
        for (int x = token, steps = 0; x >= 0 && steps < heads.Length; x = heads[x], steps++)
            if (x == ancestor) return true;
        return false;
    }

    /// <summary>
    /// "called on Beijing to respect …": the parser may read "on Beijing to respect" as a clause with
    /// "on" for its marker and Beijing for its subject; the appeal's addressee is the verb's "on" phrase
    /// and what it asks is the verb's complement.
    /// </summary>
    private static void RepairCallOn(Sentence sentence, string[] lemmas, int[] heads, string[] rels)
    {
        for (int on = sentence.FirstToken + 1; on < sentence.EndToken - 2; on++)
        {
            if (lemmas[on] is not ("on" or "upon") || rels[on] != "mark" || heads[on] < 0) continue;
            int asked = heads[on], call = on - 1;
            if (heads[asked] != call || rels[asked] is not ("advcl" or "ccomp") || lemmas[call] is not ("call" or "prevail")) continue;
            int addressee = -1;
            bool to = false;
            for (int c = on + 1; c < asked; c++)
            {
                if (heads[c] == asked && rels[c] == "nsubj") addressee = c;
                if (heads[c] == asked && rels[c] == "mark" && lemmas[c] == "to") to = true;
            }
            if (addressee < 0 || !to) continue;
            Attach(heads, rels, on, addressee, "case");
            Attach(heads, rels, addressee, call, "obl");
            rels[asked] = "xcomp";
        }
    }

    /// <summary>
    /// "The United States, Britain and France launched air strikes": the parser may make the first member of a
    /// listed subject the root and the rest the subject of a relative clause with no relative word; the verb is the
    /// root, the first member its subject and the others its conjuncts.
    /// </summary>
    private static void RepairListSubject(Sentence sentence, string[] words, string[] upos, int[] heads, string[] rels)
    {
        int root = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++) if (heads[t] < 0) { root = t; break; }
        if (root < 0 || upos[root] != "PROPN") return;
        for (int verb = root + 1; verb < sentence.EndToken; verb++)
        {
            if (heads[verb] != root || rels[verb] != "acl:relcl" || upos[verb] != "VERB") continue;
            int second = -1;
            bool relative = false;
            for (int c = root + 1; c < verb; c++)
            {
                if (heads[c] == verb && rels[c] == "nsubj" && upos[c] == "PROPN" && words[c - 1] == ",") second = c;
                if (heads[c] == verb && words[c].ToLowerInvariant() is "who" or "which" or "that" or "whose") relative = true;
            }
            if (second < 0 || relative) return;
            Attach(heads, rels, verb, -1, "root");
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
                if (heads[c] == root && c > verb) heads[c] = verb; // what follows the verb is the verb's (the final stop too)
            Attach(heads, rels, root, verb, "nsubj");
            Attach(heads, rels, second, root, "conj");
            heads[second - 1] = second;
            return;
        }
    }

    /// <summary>
    /// "paid compensation to 67 British nationals", "sent aid to 3,000 flood victims": a number after "to" may lead the
    /// parser to read the first noun as a compound of the last ("compensation … nationals"), which no compound can be
    /// across a preposition; the first noun is the verb's object and the preposition's phrase the verb's complement.
    /// </summary>
    private static void RepairCompoundAcrossPreposition(Sentence sentence, string[] upos, int[] heads, string[] rels)
    {
        for (int noun = sentence.FirstToken; noun < sentence.EndToken - 2; noun++)
        {
            int phrase = heads[noun];
            if (rels[noun] != "compound" || upos[noun] != "NOUN" || phrase <= noun + 1 || rels[phrase] != "obj" || heads[phrase] < 0) continue;
            int preposition = noun + 1;
            if (upos[preposition] != "ADP" || rels[preposition] != "case" || heads[preposition] <= preposition || heads[preposition] > phrase) continue;
            Attach(heads, rels, noun, heads[phrase], "obj");
            heads[preposition] = phrase;
            rels[phrase] = "obl";
        }
    }

    /// <summary>
    /// "According to reports the UK is pushing …", "According to officials the army shelled …": with no comma after the
    /// source, the parser may make it the root and the clause a relative clause of it; the clause's verb is the root and
    /// the source its "according to" phrase.
    /// </summary>
    private static void RepairAccordingTo(Sentence sentence, string[] lemmas, int[] heads, string[] rels)
    {
        int according = sentence.FirstToken, source = heads[according];
        if (sentence.TokenCount < 5 || lemmas[according] != "accord" || source < 0 || heads[source] >= 0) return;
        for (int verb = source + 1; verb < sentence.EndToken; verb++)
        {
            if (heads[verb] != source || rels[verb] != "acl:relcl") continue;
            bool ownSubject = false;
            for (int c = source + 1; c < verb; c++)
                if (heads[c] == verb && rels[c] is "nsubj" or "nsubj:pass" && lemmas[c] is not ("who" or "which" or "that")) ownSubject = true;
            if (!ownSubject) return;
            Attach(heads, rels, verb, -1, "root");
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
                if (heads[c] == source && c > verb) heads[c] = verb; // what follows the clause is the verb's (the final stop too)
            Attach(heads, rels, source, verb, "obl");
            return;
        }
    }

    /// <summary>
    /// "announced that President Kagame and his party must agree to …": the parser may take "that" for a modifier of the
    /// first subject, that subject for the verb's object, and the clause's verb for a conjunct of the main verb with the
    /// second subject alone; "that" marks the clause, the clause is the verb's complement and the subjects are coordinated.
    /// </summary>
    private static void RepairThatClauseSubject(Sentence sentence, string[] lemmas, string[] upos, int[] heads, string[] rels)
    {
        for (int that = sentence.FirstToken + 1; that < sentence.EndToken - 3; that++)
        {
            int verb = that - 1, first = heads[that];
            if (lemmas[that] != "that" || upos[that] != "SCONJ" || rels[that] == "mark" || first <= that
                || heads[first] != verb || rels[first] != "obj" || upos[verb] != "VERB") continue;
            for (int clause = first + 1; clause < sentence.EndToken; clause++)
            {
                if (heads[clause] != verb || rels[clause] != "conj" || upos[clause] != "VERB") continue;
                int second = -1, and = -1;
                for (int c = first + 1; c < clause; c++)
                {
                    if (heads[c] == clause && rels[c] == "nsubj") second = c;
                    if (heads[c] == clause && rels[c] == "cc" && second < 0) and = c;
                }
                if (second < 0 || and < 0) break;
                Attach(heads, rels, clause, verb, "ccomp");
                Attach(heads, rels, that, clause, "mark");
                Attach(heads, rels, first, clause, "nsubj");
                Attach(heads, rels, second, first, "conj");
                heads[and] = second;
                break;
            }
        }
    }

    /// <summary>
    /// "Doctors from two American aid groups donated and delivered goods to …": the parser may make the subject the root,
    /// the first verb a reduced relative clause inside it and the second a conjunct of the subject. A sentence whose root
    /// is a noun with a past or present tense verb for a conjunct is a clause: the first of the coordinated verbs is the
    /// root, the noun its subject, the other its conjunct.
    /// </summary>
    private static void RepairNounRoot(Sentence sentence, string[] upos, string[] xpos, int[] heads, string[] rels)
    {
        int root = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++) if (heads[t] < 0) { root = t; break; }
        if (root < 0 || upos[root] is not ("NOUN" or "PROPN")) return;
        for (int verb = root + 1; verb < sentence.EndToken; verb++)
        {
            if (heads[verb] != root || rels[verb] != "conj" || upos[verb] != "VERB" || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) continue;
            // The first predicate: a reduced relative verb standing just before the conjunction ("donated and … delivered").
            int cc = -1, first = verb;
            bool ownSubject = false;
            for (int c = root + 1; c < verb; c++)
            {
                if (heads[c] == verb && rels[c] == "cc") cc = c;
                if (heads[c] == verb && rels[c].StartsWith("nsubj", StringComparison.Ordinal)) ownSubject = true;
            }
            // "Chinese warships and aircraft staged drills": a verb with a subject of its own is another reading, left alone.
            if (ownSubject) return;
            if (cc > root + 1 && rels[cc - 1] == "acl" && upos[cc - 1] == "VERB" && heads[cc - 1] > root) first = cc - 1;
            Attach(heads, rels, first, -1, "root");
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
                if (heads[c] == root && c > verb) heads[c] = first; // what follows the verbs is the clause's (the final stop too)
            Attach(heads, rels, root, first, "nsubj");
            if (first != verb) heads[verb] = first;
            return;
        }
    }

    /// <summary>
    /// "submitted the most recent in a series of petitions", "released the last of the hostages": an adjective with "the"
    /// and no noun is a noun phrase of its own; when the parser makes it a predicate (xcomp) of a verb with no object, it
    /// is that object — a predicate adjective takes no determiner.
    /// </summary>
    private static void RepairFusedSuperlative(Sentence sentence, string[] upos, string[] lemmas, int[] heads, string[] rels)
    {
        for (int det = sentence.FirstToken; det < sentence.EndToken; det++)
        {
            int adj = heads[det];
            if (rels[det] != "det" || lemmas[det] != "the" || adj < 0 || upos[adj] != "ADJ" || rels[adj] != "xcomp") continue;
            int verb = heads[adj];
            if (verb < 0 || upos[verb] != "VERB" || HasChild(sentence, heads, rels, verb, "obj")) continue;
            rels[adj] = "obj";
        }
    }

    /// <summary>
    /// "President Bashir, following the peace deal, has taken steps …": a phrase with a preposition is no subject; when the
    /// parser made one the subject and the name before it an appendage, the name is the subject and the phrase an oblique.
    /// </summary>
    private static void RepairMarkedSubject(Sentence sentence, string[] upos, int[] heads, string[] rels)
    {
        for (int phrase = sentence.FirstToken + 1; phrase < sentence.EndToken; phrase++)
        {
            if (rels[phrase] != "nsubj" || heads[phrase] is not (var verb and >= 0) || upos[verb] != "VERB") continue;
            int marker = -1, name = -1;
            for (int c = sentence.FirstToken; c < phrase; c++)
            {
                if (heads[c] == phrase && rels[c] == "case") marker = c;
                if (heads[c] == phrase && rels[c] is "vocative" or "dep" or "appos" && upos[c] is "PROPN" or "NOUN" && name < 0) name = c;
            }
            if (marker < 0 || name < 0 || name > marker) continue;
            Attach(heads, rels, name, verb, "nsubj");
            rels[phrase] = "obl";
        }
    }

    /// <summary>
    /// "will allow up to 13,000 refugees to return", "detained up to 50 protesters": "up to" is a bound on the number, the
    /// number counts the noun and the noun phrase is the verb's object. The parser may instead read "up to 13,000" as a
    /// clause of the verb with the noun hanging from the number, or "up to" as the noun's preposition (an oblique); either
    /// way the noun takes the object's place.
    /// </summary>
    private static void RepairUpToNumber(Sentence sentence, string[] words, string[] lemmas, string[] upos, int[] heads, string[] rels)
    {
        for (int up = sentence.FirstToken + 1; up < sentence.EndToken - 3; up++)
        {
            int to = up + 1, number = up + 2;
            if (!words[up].Equals("up", StringComparison.OrdinalIgnoreCase) || lemmas[to] != "to" || upos[number] != "NUM") continue;
            int noun = CountedNoun(sentence, upos, heads, up, number);
            if (noun < 0) continue; // checked first: with "up" the root, heads[up] == noun == -1 would index heads[-1]
            int verb = heads[up] == noun ? heads[noun] : heads[up];
            if (verb < 0 || upos[verb] != "VERB" || HasChild(sentence, heads, rels, verb, "obj")) continue;
            bool clause = heads[number] == up;
            if (!clause && rels[noun] != "obl") continue;
            if (clause)
                for (int c = number + 1; c < sentence.EndToken; c++)
                    if (heads[c] == number && c != noun) heads[c] = noun; // the noun's relative clause and phrases
            Attach(heads, rels, noun, verb, "obj");
            Attach(heads, rels, number, noun, "nummod");
            Attach(heads, rels, up, number, "advmod");
            Attach(heads, rels, to, up, "fixed");
        }
    }

    /// <summary>The noun a number after "up to" counts: the first noun hanging from the number or from "up" itself.</summary>
    private static int CountedNoun(Sentence sentence, string[] upos, int[] heads, int up, int number)
    {
        if (heads[up] > number && heads[number] == heads[up] && upos[heads[up]] is "NOUN" or "PROPN") return heads[up];
        for (int c = number + 1; c < sentence.EndToken; c++)
            if (heads[c] == number && upos[c] is "NOUN" or "PROPN") return c;
        return -1;
    }

    private static bool HasChild(Sentence sentence, int[] heads, string[] rels, int head, string rel)
    {
        for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            if (heads[c] == head && rels[c] == rel) return true;
        return false;
    }

    /// <summary>
    /// "two weeks after British forces captured an Iranian tanker": the parser may make the span of time
    /// the verb's subject and the real subject a phrase of it; the actors are the subject and "after"
    /// introduces the clause.
    /// </summary>
    private static void RepairTimeClause(Sentence sentence, string[] lemmas, int[] heads, string[] rels)
    {
        for (int span = sentence.FirstToken; span < sentence.EndToken; span++)
        {
            if (rels[span] != "nsubj" || heads[span] <= span
                || lemmas[span].ToLowerInvariant() is not ("minute" or "hour" or "day" or "week" or "month" or "year" or "decade")) continue;
            int verb = heads[span];
            for (int x = span + 1; x < verb; x++)
            {
                if (heads[x] != span || rels[x] != "nmod") continue;
                int marker = -1;
                for (int c = span + 1; c < x; c++)
                    if (heads[c] == x && rels[c] == "case" && lemmas[c].ToLowerInvariant() is "after" or "before" or "since") marker = c;
                if (marker < 0) break;
                Attach(heads, rels, x, verb, "nsubj");
                Attach(heads, rels, marker, verb, "mark");
                rels[span] = "obl:npmod";
                if (rels[verb] == "conj") rels[verb] = "advcl";
                break;
            }
        }
    }

    /// <summary>
    /// Finds each day ("on Monday", "Friday", "today") that follows a noun and precedes a verb, or
    /// follows a verb and precedes its object or complement, marks its words in
    /// <paramref name="dayOf"/> with the day's index, and returns each day with its verb.
    /// </summary>
    private static List<(int Day, int Verb)> SetAsideDays(NewsDocument doc, Sentence sentence, int[] headOf, int[] dayOf)
    {
        var found = new List<(int, int)>();
        for (int t = sentence.FirstToken + 1; t + 1 < sentence.EndToken; t++)
        {
            bool period = IsLastPeriod(doc, t);
            if (!(FiniteVerbCorrection.IsDay(doc.Words[t]) || period) || headOf[t] >= 0) continue;
            int start = period || doc.Words[t - 1].Equals("on", StringComparison.OrdinalIgnoreCase) ? t - 1 : t;
            if (start <= sentence.FirstToken) continue;
            // "forced out on Wednesday more than 1,000 refugees": a verb's particle may stand before the day.
            int before = start - 1 > sentence.FirstToken && doc.Xpos[start - 1] == "RP" && doc.Upos[start - 2] == "VERB" ? start - 2 : start - 1;
            // Without "on" the day may be a modifier ("attended Friday prayers", "postponed Sunday's vote"): only
            // before a determiner, number, preposition, "that" ("said Friday that …", which the parser otherwise makes the
            // subject) or the end of the clause is it set aside.
            bool on = start < t;
            // "said Friday that", "warned last month that" (not "said on Friday that", which the parser reads well).
            bool bare = period || !on;
            string next = doc.Upos[t + 1];
            bool after = doc.Words[t + 1] is not ("'s" or "’s") && (next is "DET" or "NUM" or "ADP" or "PUNCT" || (next == "PART" && doc.Words[t + 1] == "to")
                || (on && next is "NOUN" or "ADJ") || (bare && doc.Words[t + 1].Equals("that", StringComparison.OrdinalIgnoreCase)));
            if (doc.Upos[before] == "VERB" && after)
            {
                // "denied on Thursday charges by …", "called on Tuesday for …", "declined on Monday to comment".
                for (int i = start; i <= t; i++) dayOf[i] = t;
                found.Add((t, before));
                continue;
            }
            if (doc.Upos[start - 1] is not ("NOUN" or "PROPN" or "PRON")) continue;
            int verb = t + 1;
            if (doc.Upos[verb] == "ADV" && verb + 1 < sentence.EndToken) verb++;
            if (doc.Upos[verb] is not ("VERB" or "AUX")) continue;
            for (int i = start; i <= t; i++) dayOf[i] = t;
            found.Add((t, verb));
        }
        return found;
    }

    /// <summary>
    /// "warned last month that …", "said last week it would …": a past or coming period between a verb and its
    /// complement, which the parser otherwise takes for the object and the clause after it for a relative clause.
    /// </summary>
    private static bool IsLastPeriod(NewsDocument doc, int t) => Periods.Contains(doc.Words[t]) && PeriodDeictics.Contains(doc.Words[t - 1]);

    private static readonly FrozenSet<string> Periods = new[] { "week", "month", "year", "weekend" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PeriodDeictics = new[] { "last", "next", "this" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>For each token inside a collapsed mention, the mention's head; -1 elsewhere.</summary>
    private int[] CollapsedHeads(NewsDocument document)
    {
        var headOf = new int[document.TokenCount];
        Array.Fill(headOf, -1);
        if (!collapseMentions) return headOf;
        foreach (var m in document.Mentions)
        {
            if (m.Length < 2 || m.Head < m.Start || m.Head >= m.End || m.Kind == MentionKind.Pronoun) continue;
            // Only names of several proper-noun words are collapsed; a leading determiner or possessive
            // stays for the parser, which reads "the two leaders" better than a bare "leaders".
            int start = m.Start, proper = 0;
            while (start < m.Head && document.Upos[start] is "DET" or "PRON") start++;
            for (int t = start; t < m.End; t++) if (document.Upos[t] == "PROPN") proper++;
            if (proper < 2) continue;
            bool free = true;
            for (int t = start; t < m.End; t++) free &= headOf[t] < 0;
            if (!free) continue;
            for (int t = start; t < m.End; t++) headOf[t] = m.Head;
        }
        return headOf;
    }

    /// <summary>The relation of a word inside a collapsed mention to the mention's head.</summary>
    private static string InnerRelation(NewsDocument doc, int token, int head)
    {
        var word = doc.Words[token];
        return doc.Upos[token] switch
        {
            "DET" => "det",
            "PRON" => "nmod:poss",
            "PART" when word is "'s" or "’s" or "'" or "’" => "case",
            "ADP" => "case",
            "PUNCT" => "punct",
            "CCONJ" => "cc",
            "NUM" => "nummod",
            "ADJ" => "amod",
            "PROPN" when token > head => "flat",
            _ => "compound",
        };
    }
}
