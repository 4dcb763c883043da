using System.Collections.Immutable;
using Dyad.Documents;

namespace Dyad.Pipeline;

/// <summary>
/// An ordered list of stages, checked at construction: every stage's requirements are assigned
/// by an earlier stage, so a misordered pipeline fails at start-up, not on the first story.
/// </summary>
public sealed class CodingPipeline
{
    /// <summary>Builds a pipeline and checks its order.</summary>
    /// <exception cref="InvalidOperationException">A stage requires a layer that no earlier stage assigns.</exception>
    public CodingPipeline(IEnumerable<IStage> stages)
    {
        Stages = stages.ToImmutableArray();
        var have = Layer.None;
        foreach (var stage in Stages)
        {
            var missing = stage.Requires & ~have;
            if (missing != Layer.None)
                throw new InvalidOperationException(DyadErrors.Format(DyadErrors.StageOrder, stage.Name, missing));
            have |= stage.Assigns;
        }
        Assigns = have;
    }

    /// <summary>The stages in order.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Every layer the pipeline assigns.</summary>
    public Layer Assigns { get; }

    /// <summary>Runs every stage over the document.</summary>
    /// <exception cref="StageException">A stage failed; the exception names it.</exception>
    public NewsDocument Run(NewsDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new StageException(stage.Name, e);
            }
        }
        return document;
    }
}

/// <summary>A stage failed on a document: a programming error, reported with the stage's name.</summary>
public sealed class StageException(string stage, Exception inner)
    : Exception(DyadErrors.Format(DyadErrors.StageFailed, stage, inner.Message), inner)
{
    /// <summary>The stage that failed.</summary>
    public string Stage { get; } = stage;
}
