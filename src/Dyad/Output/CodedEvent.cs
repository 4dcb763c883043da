using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Dyad.Output;

/// <summary>
/// One coded event: the record Dyad emits (contract v1, see DESIGN.md). Field names are a contract
/// read by the scorer and outside tools; serialise with <see cref="EventJson"/>.
/// </summary>
public sealed record CodedEvent
{
    /// <summary>Stable content hash of story, sentence, source, target and code.</summary>
    public required string EventId { get; init; }
    /// <summary>The story's id.</summary>
    public required string StoryId { get; init; }
    /// <summary>The story's date, <c>YYYY-MM-DD</c>.</summary>
    public required string Date { get; init; }
    /// <summary>Index of the sentence in the story, from 0.</summary>
    public required int SentenceIndex { get; init; }
    /// <summary>The sentence text.</summary>
    public required string Sentence { get; init; }
    /// <summary>Who acts.</summary>
    public required ActorRecord Source { get; init; }
    /// <summary>Who is acted on.</summary>
    public required ActorRecord Target { get; init; }
    /// <summary>CAMEO event code.</summary>
    public required string Cameo { get; init; }
    /// <summary>CAMEO code name.</summary>
    public required string CameoName { get; init; }
    /// <summary>Two-digit root.</summary>
    public required string Root { get; init; }
    /// <summary>Quad class 1–4.</summary>
    public required int QuadClass { get; init; }
    /// <summary>Goldstein value.</summary>
    public required double Goldstein { get; init; }
    /// <summary>PLOVER mapping.</summary>
    public required PloverRecord Plover { get; init; }
    /// <summary>Where it happened, when the text says.</summary>
    public LocationRecord? Location { get; init; }
    /// <summary>Why it was coded.</summary>
    public required EvidenceRecord Evidence { get; init; }
    /// <summary>How the text asserts it: asserted, hypothetical or future.</summary>
    public required string Mode { get; init; }
}

/// <summary>An actor in an event record.</summary>
public sealed record ActorRecord(
    string Code, string? Country, ImmutableArray<string> Agents, string Text, string? Name);

/// <summary>PLOVER event type and mode.</summary>
public sealed record PloverRecord(
    [property: JsonPropertyName("event_type")] string? EventType, string? Mode);

/// <summary>An event's location.</summary>
public sealed record LocationRecord(string Name, string? Country, double? Lat, double? Lon, string? GazetteerId);

/// <summary>The words and rule that produced an event.</summary>
public sealed record EvidenceRecord(string Trigger, string Rule, double Confidence);
