using Dyad.Text;

namespace Dyad.Places;

/// <summary>A place name found in raw text by <see cref="TextPlaceFinder"/>.</summary>
/// <param name="Start">Character offset of the name.</param>
/// <param name="End">Character offset just past it.</param>
/// <param name="Phrase">The phrase (token indexes are -1: there is no document).</param>
/// <param name="IsLocative">Whether the text places something there (preposition, venue, dateline), rather than merely naming it.</param>
public sealed record TextPlace(int Start, int End, PlacePhrase Phrase, bool IsLocative);

/// <summary>
/// Finds place names in raw text without a tagger or parser, for <c>dyad places</c> and the
/// development set: runs of capitalised words that the gazetteer knows, judged locative when a
/// locative preposition precedes them (possibly through "the", adjectives and area nouns: "on the
/// sidelines of the", "in the northern city of") or a venue noun follows ("the Moscow forum"),
/// with a qualifier after a comma ("Paris, Texas"). The story's dateline comes first.
/// </summary>
/// <remarks>A heuristic: the place stage uses the dependency tree instead.</remarks>
public static class TextPlaceFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "del", "la", "al", "el", "es", "ez", "upon", "of", "and" };

    /// <summary>Every known place name in <paramref name="text"/>, in text order.</summary>
    public static List<TextPlace> Find(string text, Gazetteer gazetteer)
    {
        var found = new List<TextPlace>();
        int from = 0;
        if (Dateline.Find(text) is { } d)
        {
            found.Add(new TextPlace(d.Start, d.Start + d.Name.Length, new PlacePhrase(-1, -1, d.Name, d.Qualifier, -1, PlacePhraseKind.Dateline), true));
            from = d.End;
        }
        var spans = NewsTokenizer.Tokenize(text).Where(s => s.Start >= from).ToList();
        string W(int i) => text[spans[i].Start..spans[i].End];
        bool Cap(int i) => i < spans.Count && char.IsUpper(W(i)[0]) && W(i).Any(char.IsLetter);

        int lastLocativeEnd = -10;
        for (int i = 0; i < spans.Count; i++)
        {
            if (!Cap(i)) continue;
            // The longest run from i that the gazetteer knows (capitalised words, inner connectors).
            int bestEnd = -1;
            for (int j = i; j < spans.Count && j - i < gazetteer.MaxNameWords + 2; j++)
            {
                if (!Cap(j) && !(j > i && Connectors.Contains(W(j)) && Cap(j + 1))) break;
                if (!Cap(j)) continue;
                var name = text[spans[i].Start..spans[j].End];
                if (!PlacePhraseFinder.NotPlaces.Contains(name) && gazetteer.Contains(name)) bestEnd = j;
            }
            if (bestEnd < 0) continue;
            var nameText = text[spans[i].Start..spans[bestEnd].End];
            string? qualifier = null;
            int next = bestEnd + 1;
            if (next + 1 < spans.Count && W(next) == "," && Cap(next + 1))
            {
                int q = next + 1;
                while (q + 1 < spans.Count && Cap(q + 1) && q - next < 3) q++;
                var candidate = text[spans[next + 1].Start..spans[q].End];
                if (gazetteer.Lookup(candidate).Any(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1))
                {
                    qualifier = candidate;
                    next = q + 1;
                }
            }
            // "in Karachi and Hyderabad": a conjunct shares the preposition.
            bool conjunct = i >= 2 && W(i - 1) is "and" or "or" or "," && lastLocativeEnd == i - 2;
            // "in Iran's foreign policy": a possessor of a common noun is not where anything happened.
            bool possessor = qualifier is null && next + 1 < spans.Count && W(next) is "'s" or "’s" && char.IsLower(W(next + 1)[0])
                && !PlacePhraseFinder.AreaNouns.Contains(W(next + 1)) && !PlacePhraseFinder.VenueNouns.Contains(W(next + 1));
            var kind = possessor ? null
                : conjunct || PrecededByLocative(i, W) ? PlacePhraseKind.Locative
                : next < spans.Count && PlacePhraseFinder.VenueNouns.Contains(W(next).ToLowerInvariant()) ? PlacePhraseKind.Venue
                : i > 0 && W(i - 1).ToLowerInvariant() is "visited" or "visit" or "visiting" or "toured" ? PlacePhraseKind.Visited
                : (PlacePhraseKind?)null;
            found.Add(new TextPlace(spans[i].Start, spans[bestEnd].End,
                new PlacePhrase(-1, -1, nameText, qualifier, -1, kind ?? PlacePhraseKind.Locative), kind is not null));
            if (kind is not null) lastLocativeEnd = next - 1;
            i = Math.Max(bestEnd, next - 1);
        }
        return found;
    }

    /// <summary>Walks back from the name over "the", lower-case modifiers, area nouns and "of" to a locative preposition.</summary>
    private static bool PrecededByLocative(int i, Func<int, string> word)
    {
        bool throughArea = false;
        for (int k = i - 1, steps = 0; k >= 0 && steps < 8; k--, steps++)
        {
            var w = word(k).ToLowerInvariant();
            if (PlacePhraseFinder.Locatives.Contains(w)) return true;
            if (w == "on" && throughArea) return true;
            if (PlacePhraseFinder.AreaNouns.Contains(w))
            {
                // "the streets of Malmo", "the city of Homs": an area of a named place locates the act.
                if (k + 1 < i && word(k + 1) == "of") return true;
                throughArea = true;
                continue;
            }
            if (w is "the" or "of" or "," or "a" || PlacePhraseFinder.VenueNouns.Contains(w)) continue;
            if (w.Length > 0 && char.IsLower(word(k)[0]) && w.EndsWith("ern", StringComparison.Ordinal) || w is "eastern" or "western" or "northern" or "southern" or "central" or "restive" or "besieged" or "rebel-held" or "government-held" or "coastal" or "port" or "border" or "downtown" or "occupied" or "war-torn" or "neighbouring" or "neighboring" or "nearby") continue;
            if (char.IsUpper(word(k)[0]) && throughArea) continue; // "the Syrian capital, Damascus"
            return false;
        }
        return false;
    }
}
