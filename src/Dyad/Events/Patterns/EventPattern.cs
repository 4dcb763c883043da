using System.Collections.Immutable;

namespace Dyad.Events.Patterns;

/// <summary>Whether a pattern's trigger is a verb (its clause) or a noun (an event noun such as "cooperation").</summary>
public enum TriggerKind
{
    /// <summary>A verb or verb-like predicate; the source is its subject.</summary>
    Verb,
    /// <summary>A noun; the source is the subject of the clause it stands in.</summary>
    Noun,
}

/// <summary>
/// One event pattern: a trigger lemma with structural conditions, the CAMEO code it gives and
/// where to look for the target. Patterns are written in Dyad's <c>.dyad</c> format (see
/// <see cref="PatternParser"/>) and compiled by <c>tools/Dyad.Build verbs</c>.
/// </summary>
/// <param name="Code">CAMEO event code.</param>
/// <param name="Kind">Verb or noun trigger.</param>
/// <param name="Triggers">Trigger lemmas (lower case).</param>
/// <param name="Objects">When set, the trigger's direct object must have one of these lemmas (light verbs: "hold talks").</param>
/// <param name="Preps">When set, the trigger must govern a phrase introduced by one of these prepositions or particles ("call on").</param>
/// <param name="Cues">When set, one of these lemmas must modify the trigger or stand on its path to the clause verb.</param>
/// <param name="Targets">Where the target is looked for, in order: <c>obj</c>, <c>iobj</c>, a preposition (<c>with</c>), a path (<c>for&gt;against</c>), or <c>pair</c>.</param>
/// <param name="Confidence">Confidence given to events from this pattern.</param>
/// <param name="Origin">Source file and line, e.g. <c>consult.dyad:12</c>.</param>
public sealed record EventPattern(
    string Code, TriggerKind Kind, ImmutableArray<string> Triggers, ImmutableArray<string> Objects,
    ImmutableArray<string> Preps, ImmutableArray<string> Cues, ImmutableArray<string> Targets,
    double Confidence, string Origin)
{
    /// <summary>
    /// When set, what the trigger asks, promises, demands or refuses must be one of these lemmas: the
    /// verb of its complement clause ("urged Uganda to <b>repatriate</b>", "demanded that Hamas
    /// <b>renounce</b>") or that verb's object, or the noun of its object or <c>for</c> phrase
    /// ("called for the <b>withdrawal</b>", "demanded the <b>release</b>").
    /// </summary>
    public ImmutableArray<string> Comps { get; init; } = [];

    /// <summary>
    /// When set, the trigger's object (or a passive's subject) must not be one of these lemmas:
    /// "demands were <b>met</b>" is no meeting.
    /// </summary>
    public ImmutableArray<string> Unless { get; init; } = [];

    /// <summary>
    /// When set, the source must carry one of these agent codes: people protesting demonstrate
    /// (<c>141 protest src=OPP|CVL|…</c>) where a state protesting lodges a complaint (114).
    /// </summary>
    public ImmutableArray<string> SourceAgents { get; init; } = [];

    /// <summary>
    /// When set, the words naming the source (its mention or its subject noun with that noun's modifiers) must include
    /// one of these: troops arriving are a visit, but "peacekeepers arrived in Bosnia" provide peacekeeping (074).
    /// </summary>
    public ImmutableArray<string> SourceWords { get; init; } = [];

    /// <summary>When set, the complement clause must carry one of these auxiliaries ("said Sudan <b>must</b> return …").</summary>
    public ImmutableArray<string> Auxes { get; init; } = [];

    /// <summary>
    /// When set, the place the act brings people to is the event's source and those who bring or send them its target:
    /// peacekeepers or inspectors deployed in a country are received by it (CAMEO 0861, 0862: "with location of
    /// deployment as the source"). Such a pattern is tried besides the trigger's other patterns.
    /// </summary>
    public bool HostIsSource { get; init; }
}
