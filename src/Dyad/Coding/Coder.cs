using Dyad.Actors.Dictionary;
using Dyad.Analysis;
using Dyad.Analysis.Entities;
using Dyad.Analysis.Parsing;
using Dyad.Analysis.Tagging;
using Dyad.Cameo;
using Dyad.Coreference;
using Dyad.Documents;
using Dyad.Events;
using Dyad.Events.Patterns;
using Dyad.Mentions;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Places;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>The outcome of coding one story.</summary>
/// <param name="Story">The story.</param>
/// <param name="Events">Its events (possibly none).</param>
/// <param name="Error">Set when a stage failed on this story; the story then counts as rejected.</param>
public sealed record CodingResult(Story Story, IReadOnlyList<CodedEvent> Events, string? Error)
{
    /// <summary>Unknown names standing where events look for actors (for dictionary maintainers).</summary>
    public IReadOnlyList<ActorCandidate> ActorCandidates { get; init; } = [];
}

/// <summary>
/// Story → <see cref="NewsDocument"/> → pipeline → <see cref="CodedEvent"/>s. Thread-safe: one
/// coder serves every worker thread.
/// </summary>
public sealed class Coder
{
    private readonly EventEmitter _emitter;

    /// <summary>A coder over the given pipeline.</summary>
    public Coder(CodingPipeline pipeline, CameoTable cameo)
    {
        Pipeline = pipeline;
        _emitter = new EventEmitter(cameo);
    }

    /// <summary>The pipeline this coder runs.</summary>
    public CodingPipeline Pipeline { get; }

    /// <summary>The default pipeline with the shipped models and dictionaries.</summary>
    public static Coder CreateDefault() => new(new CodingPipeline(DefaultStages()), CameoTable.Shared);

    /// <summary>
    /// The stages of the default pipeline, in order, over the shipped models and dictionaries.
    /// <paramref name="trace"/>, when given, collects every event pattern tried (for <c>dyad explain</c>).
    /// </summary>
    public static IEnumerable<IStage> DefaultStages(List<PatternTrial>? trace = null) =>
    [
        new TextStage(),
        new TagStage(PerceptronTagger.LoadDefault(), Lemmatizer.LoadDefault(), PatternSet.Shared.IsVerbTrigger),
        new MentionStage(ActorDictionary.LoadDefault(), EntityRecognizer.LoadDefault()),
        new ParseStage(DependencyParser.LoadDefault(), collapseMentions: true),
        new CoreferenceStage(Gazetteer.Shared, ActorDictionary.LoadDefault()),
        new EventStage(PatternSet.Shared, Gazetteer.Shared) { Trace = trace },
        new PlaceStage(),
        new ActorCandidateStage(PatternSet.Shared),
    ];

    /// <summary>Annotates a story without emitting (for explanations and tests).</summary>
    public NewsDocument Annotate(Story story, CancellationToken cancellationToken = default) =>
        Pipeline.Run(new NewsDocument(story), cancellationToken);

    /// <summary>Codes one story. A stage failure is returned as a result naming the stage, never thrown.</summary>
    public CodingResult Code(Story story, CancellationToken cancellationToken = default)
    {
        try
        {
            var doc = Annotate(story, cancellationToken);
            return new CodingResult(story, _emitter.Emit(doc), null) { ActorCandidates = doc.ActorCandidates };
        }
        catch (StageException e)
        {
            return new CodingResult(story, [], e.Message);
        }
    }
}
