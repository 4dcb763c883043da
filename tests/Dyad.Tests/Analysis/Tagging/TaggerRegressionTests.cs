using Dyad.Tests.TestSupport;
using Dyad.Analysis.Tagging;
using Xunit.Abstractions;

namespace Dyad.Tests.Analysis.Tagging;

/// <summary>Scores the shipped models on UD English-EWT test; skips when ../shared/data is absent.</summary>
public class TaggerRegressionTests(ITestOutputHelper output)
{
    // Figures recorded in src/Dyad/Data/models/MANIFEST-tagger.json for the shipped models.
    private const double CommittedUpos = 0.9552;
    private const double CommittedLemma = 0.9675;

    [SharedDataFact("data/ud/en_ewt-ud-test.conllu")]
    public void ShippedModelsKeepTheirEwtTestScores()
    {
        var path = SharedData.Find("ud/en_ewt-ud-test.conllu")!;
        var s = TaggingEvaluator.Evaluate(PerceptronTagger.LoadDefault(), Lemmatizer.LoadDefault(), path);
        output.WriteLine($"UPOS {s.Upos:P2} XPOS {s.Xpos:P2} lemma {s.Lemma:P2} over {s.Words} words");
        Assert.Equal(25094, s.Words);
        Assert.True(s.Upos >= CommittedUpos - 0.003, $"UPOS {s.Upos:P2} fell below {CommittedUpos - 0.003:P2}");
        Assert.True(s.Lemma >= CommittedLemma - 0.003, $"lemma {s.Lemma:P2} fell below {CommittedLemma - 0.003:P2}");
    }
}
