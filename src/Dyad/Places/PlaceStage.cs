using System.Collections.Immutable;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Syntax;

namespace Dyad.Places;

/// <summary>What the place stage decided for one event or phrase, for <c>dyad explain</c>.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Event">Index of the event candidate, or -1 for a phrase.</param>
/// <param name="Text">The place phrase (or the event's rule).</param>
/// <param name="Outcome">The choice and why, or why none.</param>
public sealed record PlaceTrial(int Sentence, int Event, string Text, string Outcome);

/// <summary>
/// The place stage: gives each event the place it happened when the text says it. It finds place
/// phrases per sentence (<see cref="PlacePhraseFinder"/>) and the story's dateline
/// (<see cref="Dateline"/>), resolves them against the gazetteer in the story's context (its
/// dateline, the countries it names as places, its actors' countries) and sets
/// <see cref="EventCandidate.Location"/> by this rule: the place the event's own clause names
/// (or a clause governing it); else the sentence's single place; else the dateline; else, when the
/// story names only one town (and areas containing it), that town; else none — never a guess.
/// Place mentions that an earlier stage found get <see cref="Mention.Place"/> set.
/// </summary>
public sealed class PlaceStage(PlaceResolver resolver) : IStage
{
    private const int MaxClimb = 12;

    /// <summary>A stage over the shipped gazetteer.</summary>
    public PlaceStage() : this(new PlaceResolver(Gazetteer.Shared)) { }

    /// <summary>Whether an event with no place in its sentence or dateline takes the story's only town (default true).</summary>
    public bool UseStoryPlace { get; init; } = true;

    /// <summary>Where decisions are written when explaining; null in normal runs.</summary>
    public List<PlaceTrial>? Trace { get; init; }

    /// <inheritdoc/>
    public string Name => "places";

    /// <inheritdoc/>
    public Layer Requires => Layer.Parse | Layer.Mentions | Layer.Events;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Places;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var tree = new DependencyView(document);
        var phrases = new List<(int Sentence, PlacePhrase Phrase)>();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentence(s);
            foreach (var p in PlacePhraseFinder.Find(tree, sentence.FirstToken, sentence.EndToken)) phrases.Add((s, p));
        }
        var dateline = Dateline.Find(document.Text);
        var resolved = Resolve(document, phrases, dateline);
        var datelinePlace = resolved.FirstOrDefault(r => r.Phrase.Kind == PlacePhraseKind.Dateline).Place;
        var storyPlace = UseStoryPlace ? StoryPlace(resolved.Select(r => r.Place)) : null;

        for (int i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            var (place, why) = EventPlace(tree, e, resolved.Where(r => r.Sentence == e.Sentence && r.Phrase.Kind != PlacePhraseKind.Dateline).ToList());
            if (place is null && datelinePlace is not null) (place, why) = (datelinePlace, "dateline");
            if (place is null && storyPlace is not null) (place, why) = (storyPlace, "the only town the story names");
            Trace?.Add(new PlaceTrial(e.Sentence, i, e.Rule, place is null ? "no place: " + why : $"{place.Name}, {place.Country}: {why}"));
            if (place is not null) document.ReplaceEvent(i, e with { Location = place.ToLocation() });
        }
        MarkMentions(document, resolved);
        document.MarkAssigned(Layer.Places);
    }

    private readonly record struct Resolved(int Sentence, PlacePhrase Phrase, Place Place);

    /// <summary>Resolves the story's phrases together (see <see cref="PlaceResolver.ResolveAll"/>), in the context of its actors.</summary>
    private List<Resolved> Resolve(NewsDocument document, List<(int Sentence, PlacePhrase Phrase)> phrases, Dateline? dateline)
    {
        var actorCountries = document.Mentions.Select(m => m.Actor?.Country)
            .Concat(document.Events.SelectMany(e => new[] { e.Source.Actor.Country, e.Target.Actor.Country }))
            .OfType<string>().Where(c => c.Length == 3).ToImmutableHashSet(StringComparer.Ordinal);
        var all = new List<(int Sentence, PlacePhrase Phrase)>(phrases);
        if (dateline is not null) all.Insert(0, (-1, new PlacePhrase(-1, -1, dateline.Name, dateline.Qualifier, -1, PlacePhraseKind.Dateline)));
        var choices = resolver.ResolveAll([.. all.Select(a => a.Phrase)], new PlaceContext { ActorCountries = actorCountries });
        var resolved = new List<Resolved>();
        for (int i = 0; i < all.Count; i++)
        {
            var (s, p) = all[i];
            var choice = choices[i];
            Trace?.Add(new PlaceTrial(s, -1, p.Text, choice.Place is null ? "unresolved: " + choice.Reason : $"{choice.Place}: {choice.Reason}"));
            if (choice.Place is { } place) resolved.Add(new Resolved(s, p, place));
        }
        return resolved;
    }

    /// <summary>The event clause's place, a governing clause's, or the sentence's single (most specific) place.</summary>
    private static (Place? Place, string Why) EventPlace(DependencyView tree, EventCandidate e, List<Resolved> inSentence)
    {
        if (inSentence.Count == 0) return (null, "the sentence names no place");
        var trigger = e.Trigger.IsDefaultOrEmpty ? [] : e.Trigger;
        if (!trigger.IsEmpty)
        {
            var eventClauses = trigger.Select(t => ClauseOf(tree, t)).ToHashSet();
            var own = inSentence.Where(r => r.Phrase.Anchor >= 0 && (trigger.Contains(r.Phrase.Anchor) || eventClauses.Contains(ClauseOf(tree, r.Phrase.Anchor)))).ToList();
            if (MostSpecific(own.Select(r => r.Place)) is { } p1) return (p1, "the event's clause names it");
            var governing = inSentence.Where(r => r.Phrase.Anchor >= 0 && eventClauses.Any(c => Governs(tree, ClauseOf(tree, r.Phrase.Anchor), c))).ToList();
            if (MostSpecific(governing.Select(r => r.Place)) is { } p2) return (p2, "a clause governing the event names it");
        }
        if (MostSpecific(inSentence.Select(r => r.Place)) is { } p3) return (p3, "the sentence's only place");
        return (null, "the sentence names several unrelated places");
    }

    /// <summary>The most specific of places that nest (Moscow in Russia → Moscow); null when they do not all nest or there are none.</summary>
    private static Place? MostSpecific(IEnumerable<Place> places)
    {
        var list = places.DistinctBy(p => p.Id).ToList();
        if (list.Count == 0) return null;
        var inner = list.OrderBy(p => p.Kind switch { PlaceKind.Country => 2, PlaceKind.Admin1 => 1, _ => 0 }).First();
        return list.All(p => inner.IsWithin(p)) ? inner : null;
    }

    /// <summary>The single town the story names, when every other place it names contains it.</summary>
    private static Place? StoryPlace(IEnumerable<Place> places)
    {
        var p = MostSpecific(places);
        return p is { IsTown: true } ? p : null;
    }

    /// <summary>The clause a token stands in: itself or the nearest ancestor that is a predicate.</summary>
    private static int ClauseOf(DependencyView tree, int t)
    {
        int x = t;
        for (int step = 0; step < MaxClimb && x >= 0; step++)
        {
            if (tree.IsPredicate(x) || tree.Head(x) < 0) return x;
            x = tree.Head(x);
        }
        return t;
    }

    /// <summary>Whether clause <paramref name="outer"/> is an ancestor of clause <paramref name="inner"/>.</summary>
    private static bool Governs(DependencyView tree, int outer, int inner)
    {
        int x = tree.Head(inner);
        for (int step = 0; step < MaxClimb && x >= 0; step++, x = tree.Head(x))
            if (x == outer) return true;
        return false;
    }

    private static void MarkMentions(NewsDocument document, List<Resolved> resolved)
    {
        for (int i = 0; i < document.Mentions.Count; i++)
        {
            var m = document.Mentions[i];
            if (m.Place is not null) continue;
            foreach (var r in resolved)
                if (r.Phrase.Start >= 0 && m.Start == r.Phrase.Start && m.End == r.Phrase.End)
                {
                    document.ReplaceMention(i, m with { Place = r.Place.ToLocation() });
                    break;
                }
        }
    }
}
