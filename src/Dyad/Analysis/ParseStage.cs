using Dyad.Analysis.Parsing;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Analysis;

/// <summary>The parse stage: a dependency tree per sentence from the transition-based parser.</summary>
public sealed class ParseStage(DependencyParser parser) : IStage
{
    /// <inheritdoc/>
    public string Name => "parse";

    /// <inheritdoc/>
    public Layer Requires => Layer.Sentences | Layer.Tags | Layer.Lemmas;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Parse;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        int n = document.TokenCount;
        var heads = new int[n];
        var rels = new string[n];
        var words = document.Words.ToArray();
        var upos = document.Upos.ToArray();
        var xpos = document.Xpos.ToArray();
        var lemmas = document.Lemmas.ToArray();
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstToken, count = sentence.TokenCount;
            var localHeads = new int[count];
            var localRels = new string[count];
            parser.Parse(new ArraySegment<string>(words, first, count), new ArraySegment<string>(upos, first, count),
                new ArraySegment<string>(xpos, first, count), new ArraySegment<string>(lemmas, first, count), localHeads, localRels);
            for (int i = 0; i < count; i++)
            {
                // CoNLL heads are 1-based within the sentence, 0 for the root; the document holds document indexes, -1 for a root.
                heads[first + i] = localHeads[i] == 0 ? -1 : first + localHeads[i] - 1;
                rels[first + i] = localRels[i];
            }
        }
        document.SetParse(heads, rels);
    }
}
