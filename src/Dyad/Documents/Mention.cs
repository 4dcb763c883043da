using System.Collections.Immutable;

namespace Dyad.Documents;

/// <summary>What kind of words a mention is.</summary>
public enum MentionKind
{
    /// <summary>A proper name: a person, organisation, state or place.</summary>
    Name,
    /// <summary>A nationality or group adjective or noun ("Iranian", "Americans").</summary>
    Demonym,
    /// <summary>A role or common-noun phrase ("the defense minister", "police", "the two countries").</summary>
    Nominal,
    /// <summary>A pronoun ("he", "they", "its").</summary>
    Pronoun,
}

/// <summary>
/// A stretch of tokens that may name an actor or a place. Stages refine a mention with
/// <c>with</c> expressions: the coreference stage sets <see cref="Chain"/>, the actor stage
/// <see cref="Actor"/>.
/// </summary>
/// <param name="Start">Document index of the first token.</param>
/// <param name="End">Document index just past the last token.</param>
/// <param name="Kind">What kind of words the mention is.</param>
public sealed record Mention(int Start, int End, MentionKind Kind)
{
    /// <summary>The token that heads the phrase (for dependency look-ups).</summary>
    public int Head { get; init; } = -1;

    /// <summary>What the finding stage made of the mention (dictionary kind, "counterpart", "pair", "name" …).</summary>
    public string? Label { get; init; }

    /// <summary>The entity recogniser's type for a name: PER, ORG or LOC; null when it found none.</summary>
    public string? EntityType { get; init; }

    /// <summary>The coreference chain, or -1 when the mention stands alone.</summary>
    public int Chain { get; init; } = -1;

    /// <summary>The CAMEO actor this mention names at the story date, if known.</summary>
    public ResolvedActor? Actor { get; init; }

    /// <summary>
    /// For a mention of several actors at once ("the two countries", "Tehran-Islamabad"), its
    /// members; empty otherwise.
    /// </summary>
    public ImmutableArray<ResolvedActor> Group { get; init; } = [];

    /// <summary>Agent codes of the role the mention's words name ("defense minister" → GOV, MIL), if any.</summary>
    public ImmutableArray<string> RoleAgents { get; init; } = [];

    /// <summary>The place this mention names, if it is a place.</summary>
    public EventLocation? Place { get; init; }

    /// <summary>Sentence holding the mention.</summary>
    public int Sentence { get; init; }

    /// <summary>Number of tokens.</summary>
    public int Length => End - Start;

    /// <summary>Whether the mention covers token <paramref name="index"/>.</summary>
    public bool Covers(int index) => index >= Start && index < End;
}

/// <summary>
/// A CAMEO actor: a full code (country or IGO followed by agents), with the rule that gave it.
/// </summary>
/// <param name="Code">Full CAMEO actor code, e.g. <c>IRNGOVMIL</c>.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code or CAMEO IGO code; null when unknown.</param>
/// <param name="Agents">Agent codes in order, e.g. GOV, MIL.</param>
/// <param name="Name">Canonical name of the actor, if known (e.g. "Amir Hatami").</param>
/// <param name="Rule">Why: the dictionary entry or resolution rule that gave the code.</param>
public sealed record ResolvedActor(string Code, string? Country, ImmutableArray<string> Agents, string? Name, string Rule)
{
    /// <summary>Builds a resolved actor from a country code and agents.</summary>
    public static ResolvedActor Of(string country, IEnumerable<string> agents, string? name, string rule)
    {
        var list = agents.Distinct().ToImmutableArray();
        return new ResolvedActor(country + string.Concat(list), country, list, name, rule);
    }

    /// <summary>
    /// Whether the two can be sides against each other: actors of two countries, or within one state its
    /// government or forces and a challenger (rebels, insurgents, opposition, separatists, armed groups) —
    /// not a prime minister and his defence minister.
    /// </summary>
    public bool CanOppose(ResolvedActor other) =>
        Country != other.Country || StateAgainstChallenger(this, other) || StateAgainstChallenger(other, this);

    private static bool StateAgainstChallenger(ResolvedActor state, ResolvedActor challenger) =>
        state.Agents.Any(a => a is "GOV" or "MIL" or "COP" or "JUD") && challenger.Agents.Any(a => a is "REB" or "INS" or "OPP" or "SEP" or "UAF");
}

/// <summary>Where an event happened.</summary>
/// <param name="Name">Place name as the gazetteer knows it.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="GazetteerId">Gazetteer id (GeoNames id where available).</param>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon, string? GazetteerId);
