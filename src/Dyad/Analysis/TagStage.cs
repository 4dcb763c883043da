using Dyad.Analysis.Tagging;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Analysis;

/// <summary>
/// The tag stage: UPOS and PTB tags from the averaged-perceptron tagger (with the news
/// corrections of <see cref="FiniteVerbCorrection"/> and <see cref="NewsTagCorrections"/>), then lemmas.
/// </summary>
/// <param name="tagger">The tagger.</param>
/// <param name="lemmatizer">The lemmatizer.</param>
/// <param name="eventVerb">Verbs of news events the treebank may never have seen as verbs ("reject"), for the corrections.</param>
public sealed class TagStage(PerceptronTagger tagger, Lemmatizer lemmatizer, Func<string, bool>? eventVerb = null) : IStage
{
    /// <inheritdoc/>
    public string Name => "tag";

    private bool BareVerb(string word) => lemmatizer.KnownBareVerb(word) || (eventVerb?.Invoke(word.ToLowerInvariant()) ?? false);

    /// <summary>
    /// "Beijing warned Taiwan …": a capitalised word the tagger took for a participle by its "-ing", when no
    /// known verb stands behind it ("Ending the war …" has "end") and what follows is the clause's verb or an adverbial
    /// ("Beijing on Friday warned …") rather than the participle's own object or complement ("According to …"), is a name.
    /// A stem the lexicon knows as any word's lemma is a participle ("Campaigning in Ohio, Bush …" has "campaign").
    /// </summary>
    private void NamesNotParticiples(ArraySegment<string> words, Span<string> upos, Span<string> xpos)
    {
        for (int i = 0; i + 1 < words.Count; i++)
            if (xpos[i] == "VBG" && char.IsUpper(words[i][0]) && lemmatizer.Lemmatize(words[i], "VERB", "VBG") is var stem
                && !BareVerb(stem) && !lemmatizer.KnownLemma(stem)
                && (xpos[i + 1] is "VBD" or "VBN" or "VBZ" or "VBP" or "MD" or "RB" or "," || xpos[i + 1] == "IN" && !words[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase)))
                (upos[i], xpos[i]) = ("PROPN", "NNP");
    }

    /// <inheritdoc/>
    public Layer Requires => Layer.Tokens | Layer.Sentences;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Tags | Layer.Lemmas;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        int n = document.TokenCount;
        var upos = new string[n];
        var xpos = new string[n];
        var lemmas = new string[n];
        var words = document.Words.ToArray();
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = new ArraySegment<string>(words, sentence.FirstToken, sentence.TokenCount);
            var u = upos.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var x = xpos.AsSpan(sentence.FirstToken, sentence.TokenCount);
            tagger.Tag(slice, u, x);
            NamesNotParticiples(slice, u, x);
            FiniteVerbCorrection.Apply(slice.AsSpan(), u, x, BareVerb);
            NewsTagCorrections.Apply(slice.AsSpan(), u, x);
        }
        for (int i = 0; i < n; i++) lemmas[i] = lemmatizer.Lemmatize(words[i], upos[i], xpos[i]);
        document.SetTags(upos, xpos);
        document.SetLemmas(lemmas);
    }
}
