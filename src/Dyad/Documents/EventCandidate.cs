using System.Collections.Immutable;

namespace Dyad.Documents;

/// <summary>How an event is asserted by the text.</summary>
public enum EventMode
{
    /// <summary>Reported as having happened (or happening).</summary>
    Asserted,
    /// <summary>Negated ("did not attack"); such candidates are kept for explanation, never emitted.</summary>
    Negated,
    /// <summary>Conditional or hypothetical ("would retaliate if").</summary>
    Hypothetical,
    /// <summary>Planned or future ("will visit").</summary>
    Future,
}

/// <summary>One side of an event: the actor and the words that named it.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Start">Document index of the first token of the words that named the actor.</param>
/// <param name="End">Document index just past the last of those tokens.</param>
public sealed record EventArgument(ResolvedActor Actor, int Start, int End);

/// <summary>An event found in one sentence, before it is emitted as a <c>CodedEvent</c>.</summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Cameo">CAMEO event code.</param>
/// <param name="Source">Who acts.</param>
/// <param name="Target">Who is acted on.</param>
public sealed record EventCandidate(int Sentence, string Cameo, EventArgument Source, EventArgument Target)
{
    /// <summary>Document indexes of the trigger words, in text order.</summary>
    public ImmutableArray<int> Trigger { get; init; } = [];

    /// <summary>The pattern that fired, as <c>file:line</c>.</summary>
    public string Rule { get; init; } = "";

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 0.5;

    /// <summary>How the text asserts the event.</summary>
    public EventMode Mode { get; init; } = EventMode.Asserted;

    /// <summary>Where the event happened, if the text says.</summary>
    public EventLocation? Location { get; init; }
}
