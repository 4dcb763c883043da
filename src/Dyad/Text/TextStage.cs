using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Text;

/// <summary>The text stage: tokens with exact character offsets, and sentences.</summary>
public sealed class TextStage : IStage
{
    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public Layer Requires => Layer.None;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Tokens | Layer.Sentences;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var spans = NewsTokenizer.Tokenize(text);
        var words = new string[spans.Count];
        for (int i = 0; i < spans.Count; i++) words[i] = text[spans[i].Start..spans[i].End];
        document.SetTokens(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans), words);
        document.SetSentences(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(SentenceSplitter.Split(text, spans)));
    }
}
