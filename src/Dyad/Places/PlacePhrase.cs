using System.Collections.Frozen;
using Dyad.Syntax;

namespace Dyad.Places;

/// <summary>How a place phrase names where something happened.</summary>
public enum PlacePhraseKind
{
    /// <summary>A locative prepositional phrase: "in Moscow", "near Aleppo", "on the outskirts of Kabul".</summary>
    Locative,
    /// <summary>A venue named after its town: "the Moscow forum", "the Astana talks".</summary>
    Venue,
    /// <summary>The object of a visit: "visited Beijing".</summary>
    Visited,
    /// <summary>The story's dateline.</summary>
    Dateline,
}

/// <summary>A place name found in a sentence, before it is resolved.</summary>
/// <param name="Start">Document index of the name's first token (-1 for a dateline).</param>
/// <param name="End">Document index just past its last token (-1 for a dateline).</param>
/// <param name="Text">The name as written.</param>
/// <param name="Qualifier">A country or division written beside it ("Texas" in "Paris, Texas"), or null.</param>
/// <param name="Anchor">The token the phrase modifies (a verb, an event noun, a venue), or -1.</param>
/// <param name="Kind">How the phrase names the place.</param>
public sealed record PlacePhrase(int Start, int End, string Text, string? Qualifier, int Anchor, PlacePhraseKind Kind);

/// <summary>
/// Finds place phrases in a parsed sentence: locative obliques and nominal modifiers (in, at,
/// near, outside, inside, across, throughout, around, within) headed by a proper noun, reached
/// directly or through an area noun ("on the sidelines of …", "in the city of …", "in the Syrian
/// capital, Damascus"); venues named after a town ("the Moscow forum"); and objects of "visit".
/// Only these are places: a capital in subject or object position is an actor ("Islamabad
/// protested"), which is the actor stage's business.
/// </summary>
public static class PlacePhraseFinder
{
    /// <summary>Prepositions that locate an event.</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.Ordinal,
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "nearby", "through");

    /// <summary>Nouns that pass location down to an "of" phrase or an apposition ("the sidelines of X", "the capital, X").</summary>
    public static readonly FrozenSet<string> AreaNouns = FrozenSet.Create(StringComparer.Ordinal,
        "sideline", "sidelines", "outskirts", "outskirt", "suburb", "suburbs", "street", "streets", "centre", "center",
        "heart", "edge", "city", "town", "village", "capital", "province", "region", "district", "port", "area", "state",
        "governorate", "county", "country", "island", "neighbourhood", "neighborhood", "east", "west", "north", "south",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "interior", "coast",
        "part", "parts", "vicinity", "venue", "margins", "margin");

    /// <summary>Events and gatherings that take their town's name ("the Moscow forum").</summary>
    public static readonly FrozenSet<string> VenueNouns = FrozenSet.Create(StringComparer.Ordinal,
        "forum", "conference", "summit", "talks", "talk", "meeting", "meetings", "congress", "assembly", "session",
        "dialogue", "convention", "festival", "expo", "exhibition", "ceremony", "rally", "negotiations", "symposium", "round");

    /// <summary>Capitalised words that are never places here, though a gazetteer may know a town so named.</summary>
    public static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter",
        "reuters", "god", "parliament", "congress", "senate", "president", "minister", "government", "army", "police", "time", "order",
        "general", "university", "hospital", "court", "the", "a", "an");

    private const int MaxClimb = 4;

    /// <summary>Every place phrase in sentence tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static List<PlacePhrase> Find(DependencyView tree, int first, int end)
    {
        var found = new List<PlacePhrase>();
        var doc = tree.Document;
        for (int t = first; t < end; t++)
        {
            if (tree.Upos(t) != "PROPN" || IsNamePart(tree, t)) continue;
            var (start, stop) = NameSpan(tree, t);
            var text = doc.TextOf(start, stop);
            if (NotPlaces.Contains(text)) continue;
            if (IsLocative(tree, t, out int anchor))
                found.Add(new PlacePhrase(start, stop, text, Qualifier(tree, t), anchor, PlacePhraseKind.Locative));
            else if (tree.BaseRel(t) == "obj" && tree.Head(t) >= 0 && tree.Lemma(tree.Head(t)) is "visit" or "tour")
                found.Add(new PlacePhrase(start, stop, text, Qualifier(tree, t), tree.Head(t), PlacePhraseKind.Visited));
            else if (VenueOf(tree, t) is var venue and >= 0)
                found.Add(new PlacePhrase(start, stop, text, null, venue, PlacePhraseKind.Venue));
        }
        return found;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> heads a locative phrase, directly ("in Moscow") or through
    /// area nouns ("on the outskirts of Kabul", "in the capital, Damascus"); <paramref name="anchor"/>
    /// is what the whole phrase modifies.
    /// </summary>
    private static bool IsLocative(DependencyView tree, int t, out int anchor)
    {
        anchor = -1;
        int x = t;
        for (int step = 0; step < MaxClimb; step++)
        {
            int head = tree.Head(x);
            var rel = tree.BaseRel(x);
            if (rel is "obl" or "nmod" or "advmod" && HasCase(tree, x, out var prep))
            {
                if (Locatives.Contains(prep)) { anchor = head; return true; }
                if (prep == "of" && head >= 0 && AreaNouns.Contains(tree.Lemma(head)))
                {
                    // "shelled the outskirts of Aleppo": an area of a named place is where the act happened, whatever its role.
                    if (tree.BaseRel(head) is "obj" or "nsubj" && tree.Head(head) >= 0) { anchor = tree.Head(head); return true; }
                    x = head;
                    continue;
                }
                if (prep == "on" && step > 0) { x = head; continue; }
                return false;
            }
            // "in Moscow and Beijing": a conjunct shares its first conjunct's preposition.
            if (rel == "conj" && head >= 0 && tree.Upos(head) == "PROPN") { x = head; continue; }
            // "the Syrian capital, Damascus" / "the city Aleppo": the name hangs on an area noun.
            if (rel is "appos" or "flat" or "compound" or "nmod" && head >= 0 && AreaNouns.Contains(tree.Lemma(head))) { x = head; continue; }
            return false;
        }
        return false;
    }

    private static bool HasCase(DependencyView tree, int t, out string prep)
    {
        foreach (var c in tree.Children(t))
            if (tree.BaseRel(c) == "case") { prep = tree.Lemma(c); return true; }
        prep = "";
        return false;
    }

    /// <summary>A proper noun modifying a venue noun ("Moscow" in "the VII Moscow Conference"): the venue, or -1.</summary>
    private static int VenueOf(DependencyView tree, int t)
    {
        int head = tree.Head(t);
        if (head < 0 || tree.BaseRel(t) is not ("compound" or "amod" or "nmod" or "flat")) return -1;
        if (tree.BaseRel(t) == "nmod" && tree.Rel(t) != "nmod:poss" && HasCase(tree, t, out _)) return -1;
        return VenueNouns.Contains(tree.Lemma(head)) && head > t ? head : -1;
    }

    /// <summary>Whether <paramref name="t"/> is a non-head part of a multi-word name (its head is a proper noun it is flat/compound to).</summary>
    private static bool IsNamePart(DependencyView tree, int t)
    {
        int head = tree.Head(t);
        return head >= 0 && Math.Abs(head - t) <= 3 && tree.Rel(t) is "flat" or "flat:name" or "compound" && tree.Upos(head) == "PROPN"
            && !VenueNouns.Contains(tree.Lemma(head));
    }

    /// <summary>The contiguous name around head <paramref name="t"/>: its flat and compound proper-noun dependents.</summary>
    private static (int Start, int End) NameSpan(DependencyView tree, int t)
    {
        int start = t, end = t + 1;
        foreach (var c in tree.Children(t))
        {
            if (tree.Rel(c) is not ("flat" or "flat:name" or "compound" or "amod") || tree.Upos(c) is not ("PROPN" or "ADJ")) continue;
            if (!char.IsUpper(tree.Document.Token(c).Word[0])) continue;
            if (c == start - 1) start = c;
            else if (c == end) end = c + 1;
        }
        return (start, end);
    }

    /// <summary>"Paris, Texas": a capitalised appositive or flat dependent after a comma.</summary>
    private static string? Qualifier(DependencyView tree, int t)
    {
        var doc = tree.Document;
        foreach (var c in tree.Children(t))
        {
            if (c <= t + 1 || tree.BaseRel(c) is not ("appos" or "flat" or "conj" or "compound" or "nmod") || tree.Upos(c) != "PROPN") continue;
            if (doc.Token(c - 1).Word != "," && !(c >= 2 && doc.Token(c - 2).Word == ",")) continue;
            var (s, e) = NameSpan(tree, c);
            return doc.TextOf(s, e);
        }
        return null;
    }
}
