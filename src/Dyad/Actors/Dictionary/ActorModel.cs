using System.Collections.Immutable;

namespace Dyad.Actors.Dictionary;

/// <summary>What kind of dictionary entry a phrase names.</summary>
public enum ActorKind
{
    /// <summary>A state by name or alias ("Iran", "U.S.").</summary>
    State,
    /// <summary>A nationality adjective or plural noun ("Iranian", "Americans").</summary>
    Demonym,
    /// <summary>A capital city standing for its government ("Tehran" → IRNGOV).</summary>
    Capital,
    /// <summary>A seat of power standing for an agent of the state ("the White House" → USAGOV).</summary>
    SeatOfPower,
    /// <summary>An international (or non-governmental) organisation ("NATO" → IGOWSTNAT).</summary>
    Igo,
    /// <summary>A person whose code follows the role held on the story date.</summary>
    Person,
    /// <summary>A non-state armed group or movement ("Houthis" → YEMREB).</summary>
    Group,
}

/// <summary>How an alias compares with text tokens.</summary>
public enum AliasCase
{
    /// <summary>Case-insensitive (and diacritics-insensitive).</summary>
    Insensitive,
    /// <summary>Case-sensitive: short all-caps aliases that clash with words ("US"/"us", "IS"/"is").</summary>
    Exact,
}

/// <summary>One way an entry is written: its tokens as a news tokenizer gives them.</summary>
public sealed record ActorAlias(ImmutableArray<string> Tokens, AliasCase Case);

/// <summary>
/// A dated code for an entry: the code applies from <see cref="From"/> to <see cref="To"/>, both
/// inclusive; a null end is open.
/// </summary>
public sealed record ActorRole(string Code, DateOnly? From, DateOnly? To, string Role)
{
    /// <summary>True when the role is held on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);
}

/// <summary>
/// One dictionary entry. <see cref="Code"/> is the undated code (a state's code, an organisation's,
/// a person's country) and <see cref="Roles"/> the dated codes that override it.
/// </summary>
public sealed record ActorEntry(
    ActorKind Kind,
    string Name,
    string Code,
    ImmutableArray<ActorRole> Roles,
    ImmutableArray<ActorAlias> Aliases,
    string EntryId);

/// <summary>A role phrase ("defense minister") and the agent codes it implies ("GOV", "MIL").</summary>
public sealed record AgentPhrase(ImmutableArray<string> Tokens, ImmutableArray<string> Agents, AliasCase Case, string EntryId);

/// <summary>What Dyad knows of a state: its code, names, demonyms and capitals.</summary>
public sealed record CountryInfo(
    string Code,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals);

/// <summary>
/// The whole content of an actor dictionary, as the compiler writes it and the runtime reads it.
/// Everything is already tokenised; order is the compiler's (deterministic) order.
/// </summary>
public sealed record ActorDictionaryData(
    ImmutableArray<CountryInfo> Countries,
    ImmutableArray<ActorEntry> Entries,
    ImmutableArray<AgentPhrase> AgentPhrases)
{
    /// <summary>An empty dictionary.</summary>
    public static ActorDictionaryData Empty { get; } = new([], [], []);
}

/// <summary>A phrase found in text: an actor and its CAMEO code on the story date.</summary>
/// <param name="Length">Tokens matched, from the start position.</param>
/// <param name="Kind">What the phrase names.</param>
/// <param name="Code">The full actor code on the date (IRNGOVMIL, USAGOV, IGOUNO).</param>
/// <param name="Country">The root: a state's ISO code or an organisation's code (IRN, IGOUNO).</param>
/// <param name="Agents">The agent codes (GOV, MIL …), empty for a bare state.</param>
/// <param name="Name">The entry's canonical name.</param>
/// <param name="EntryId">Where the entry comes from (<c>people.txt:120</c>), for explanations.</param>
/// <param name="Stale">True when the entry has dated roles, none covers the date, and the code is the bare-country fallback or every role ended before the date.</param>
/// <param name="Role">The role held on the date ("defense minister"), or empty.</param>
public readonly record struct ActorMatch(
    int Length,
    ActorKind Kind,
    string Code,
    string Country,
    ImmutableArray<string> Agents,
    string Name,
    string EntryId,
    bool Stale,
    string Role);

/// <summary>A role nominal found in text and the agents it implies.</summary>
/// <param name="Length">Tokens matched.</param>
/// <param name="Agents">Agent codes in order (GOV, MIL).</param>
/// <param name="EntryId">Source of the phrase (<c>agents.txt:12</c>).</param>
public readonly record struct AgentMatch(int Length, ImmutableArray<string> Agents, string EntryId)
{
    /// <summary>The agents concatenated (GOVMIL).</summary>
    public string Code => string.Concat(Agents);
}
