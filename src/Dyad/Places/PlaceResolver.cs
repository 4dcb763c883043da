using System.Collections.Immutable;
using System.Globalization;
using Dyad.Documents;

namespace Dyad.Places;

/// <summary>
/// What a story tells about where it is: the countries it is about (its dateline and the
/// countries it names as places), its actors' countries, and the places already resolved without
/// doubt. Immutable.
/// </summary>
public sealed record PlaceContext
{
    /// <summary>An empty context: choices then rest on population and feature type alone.</summary>
    public static PlaceContext Empty { get; } = new();

    /// <summary>ISO alpha-3 codes of countries the story is about (dateline, countries named as places).</summary>
    public ImmutableHashSet<string> StoryCountries { get; init; } = [];

    /// <summary>ISO alpha-3 codes of the story's actors' countries.</summary>
    public ImmutableHashSet<string> ActorCountries { get; init; } = [];

    /// <summary>Places the story names whose reading is not in doubt (countries, divisions, unique towns).</summary>
    public ImmutableArray<Place> Places { get; init; } = [];

    /// <summary>A context from story countries (for tests and the command line).</summary>
    public static PlaceContext Of(params string[] storyCountries) => new() { StoryCountries = [.. storyCountries] };
}

/// <summary>A candidate and the score the resolver gave it, with the reasons.</summary>
/// <param name="Place">The gazetteer entry.</param>
/// <param name="Score">Higher is better.</param>
/// <param name="Why">The terms of the score, for debugging.</param>
public sealed record ScoredPlace(Place Place, double Score, string Why);

/// <summary>The resolver's answer for one place name.</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Place">The chosen entry, or null when none was chosen.</param>
/// <param name="Reason">Why this entry, or why none.</param>
/// <param name="Candidates">Every candidate, best first.</param>
public sealed record PlaceChoice(string Text, Place? Place, string Reason, ImmutableArray<ScoredPlace> Candidates)
{
    /// <summary>The choice as an event location, or null.</summary>
    public EventLocation? Location => Place?.ToLocation();
}

/// <summary>
/// Chooses among the gazetteer entries sharing a name. The score adds a population prior
/// (log10 of population; countries a fixed high prior, divisions a penalty so that "New York" the
/// city beats the state), a bonus for national capitals and division seats, and context: the
/// story's countries, its actors' countries, places the story names that contain the candidate or
/// lie near it, and an explicit qualifier ("Paris, Texas"). So Paris is Paris, France unless the
/// story is about Texas; Tripoli is Libya's unless the story is about Lebanon.
/// </summary>
/// <remarks>Thread-safe; holds only the immutable gazetteer.</remarks>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const double CountryPrior = 9.5;
    private const double ForeignCountryPenalty = 1.5;
    private const double Admin1Penalty = 1.0;
    private const double CapitalBonus = 1.5;
    private const double StoryCountryBonus = 3.0;
    private const double ActorCountryBonus = 2.0;
    private const double ContainingAreaBonus = 4.0;
    private const double NearPlaceBonus = 1.5;
    private const double QualifierBonus = 20.0;

    /// <summary>The gazetteer consulted.</summary>
    public Gazetteer Gazetteer => gazetteer;

    /// <summary>
    /// Resolves <paramref name="name"/> in <paramref name="context"/>; <paramref name="qualifier"/> is
    /// a country or division written beside it ("Paris, Texas" → "Texas"), or null.
    /// </summary>
    public PlaceChoice Resolve(string name, PlaceContext context, string? qualifier = null)
    {
        var candidates = gazetteer.Lookup(name);
        if (candidates.IsEmpty) return new PlaceChoice(name, null, "not in the gazetteer", []);
        var areas = qualifier is null ? [] : gazetteer.Lookup(qualifier).Where(p => p.Kind is PlaceKind.Country or PlaceKind.Admin1).ToImmutableArray();
        var scored = candidates
            .Select(c => Score(c, context, areas))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Place.Population)
            .ThenBy(s => s.Place.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        var best = scored[0];
        string reason = scored.Length == 1
            ? $"only entry: {best.Why}"
            : $"score {best.Score:0.00} ({best.Why}) over {scored[1].Place.Name}, {scored[1].Place.Country} {scored[1].Score:0.00}";
        return new PlaceChoice(name, best.Place, reason, scored);
    }

    /// <summary>
    /// Resolves the place phrases of one story together, in two passes: the first in
    /// <paramref name="context"/>; the second adding what the first found beyond doubt (the dateline,
    /// countries, qualified names and names with one entry) to the story's countries and places —
    /// so "BEIRUT (Reuters) - … in Tripoli" is Tripoli, Lebanon. Choices are in phrase order.
    /// </summary>
    public ImmutableArray<PlaceChoice> ResolveAll(IReadOnlyList<PlacePhrase> phrases, PlaceContext context)
    {
        var sure = new List<Place>();
        foreach (var p in phrases)
        {
            var choice = Resolve(p.Text, context, p.Qualifier);
            if (choice.Place is not { } place) continue;
            if (choice.Candidates.Length == 1 || place.Kind == PlaceKind.Country || p.Kind == PlacePhraseKind.Dateline || p.Qualifier is not null)
                sure.Add(place);
        }
        var full = context with
        {
            StoryCountries = context.StoryCountries.Union(sure.Select(p => p.Country)),
            Places = [.. context.Places, .. sure],
        };
        return [.. phrases.Select(p => Resolve(p.Text, full, p.Qualifier))];
    }

    private static ScoredPlace Score(Place c, PlaceContext context, ImmutableArray<Place> qualifierAreas)
    {
        var why = new List<string>(4);
        double score;
        switch (c.Kind)
        {
            case PlaceKind.Country:
                // A story about the United States that says "in Georgia" more likely means the state.
                bool foreign = context.StoryCountries.Count + context.ActorCountries.Count > 0
                    && !context.StoryCountries.Contains(c.Country) && !context.ActorCountries.Contains(c.Country);
                score = foreign ? CountryPrior - ForeignCountryPenalty : CountryPrior;
                why.Add(foreign ? "country outside the story" : "country");
                break;
            case PlaceKind.Admin1:
                score = Math.Log10(Math.Max(c.Population, 1)) - Admin1Penalty;
                why.Add("division");
                break;
            default:
                score = Math.Log10(Math.Max(c.Population, 1));
                why.Add(string.Create(CultureInfo.InvariantCulture, $"pop {c.Population:N0}"));
                if (c.Kind == PlaceKind.Capital) { score += CapitalBonus; why.Add("capital"); }
                else if (c.Feature == "PPLA") { score += 0.5; why.Add("division seat"); }
                else if (c.Feature == "PPLA2") score += 0.2;
                break;
        }
        double country = 0;
        if (context.StoryCountries.Contains(c.Country)) { country += StoryCountryBonus; why.Add("story country"); }
        if (context.ActorCountries.Contains(c.Country)) { country += ActorCountryBonus; why.Add("actor country"); }
        score += Math.Min(country, StoryCountryBonus + 1);
        if (context.Places.Any(p => p.Kind == PlaceKind.Admin1 && c.IsWithin(p) && p.Id != c.Id)) { score += ContainingAreaBonus; why.Add("story names its division"); }
        else if (c.IsTown && context.Places.Any(p => p.IsTown && p.Id != c.Id && p.Admin1.Length > 0 && p.Admin1 == c.Admin1)) { score += NearPlaceBonus; why.Add("near a place the story names"); }
        if (!qualifierAreas.IsEmpty)
        {
            if (qualifierAreas.Any(a => c.IsWithin(a))) { score += QualifierBonus; why.Add("qualifier"); }
            else score -= 5;
        }
        return new ScoredPlace(c, score, string.Join(", ", why));
    }
}
