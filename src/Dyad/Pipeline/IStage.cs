using Dyad.Documents;

namespace Dyad.Pipeline;

/// <summary>
/// One step of the coding pipeline. A stage reads the layers it <see cref="Requires"/> and adds
/// the layers it <see cref="Assigns"/>; it must be safe to call from several threads at once on
/// different documents (models are shared and read-only).
/// </summary>
public interface IStage
{
    /// <summary>Stable name of the stage, used in errors and explanations.</summary>
    string Name { get; }

    /// <summary>Layers that must be present before the stage runs.</summary>
    Layer Requires { get; }

    /// <summary>Layers the stage adds.</summary>
    Layer Assigns { get; }

    /// <summary>Annotates the document.</summary>
    void Process(NewsDocument document, CancellationToken cancellationToken);
}
