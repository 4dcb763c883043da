using Dyad.Tests.TestSupport;
using Dyad.Analysis.Entities;
using Dyad.Analysis.Tagging;
using Xunit.Abstractions;

namespace Dyad.Tests.Analysis.Entities;

public class EntityRecognizerTests(ITestOutputHelper output)
{
    // Figure recorded in src/Dyad/Data/models/MANIFEST-tagger.json for the shipped NER model.
    private const double CommittedTestF1 = 0.6168;

    [Fact]
    public void BioToSpansFollowsConllConventions()
    {
        var spans = Bio.ToSpans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-PER"]);
        Assert.Equal(
            new[] { new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC"), new EntitySpan(4, 5, "ORG"), new EntitySpan(5, 6, "ORG"), new EntitySpan(6, 7, "PER") },
            spans);
    }

    [Fact]
    public void BundledRecognizerFindsNamesInNewsSentence()
    {
        var words = "Defense Minister Amir Hatami met Pakistani officials in Moscow on Wednesday .".Split(' ');
        var (upos, _) = PerceptronTagger.LoadDefault().Tag(words);
        var spans = EntityRecognizer.LoadDefault().Recognize(words, upos);
        output.WriteLine(string.Join(", ", spans.Select(s => $"{string.Join(' ', words[s.Start..s.End])}/{s.Label}")));
        Assert.Contains(new EntitySpan(8, 9, "LOC"), spans);
        Assert.Contains(spans, s => s.Label == "PER" && s.Start <= 3 && s.End == 4);
        Assert.All(spans, s => Assert.True(s.Start < s.End && s.End <= words.Length));
    }

    [SharedDataFact("data/uner/en_ewt-ud-test.iob2")]
    public void ShippedModelKeepsItsUnerTestScore()
    {
        var path = SharedData.Find("uner/en_ewt-ud-test.iob2")!;
        var s = EntityEvaluator.Evaluate(EntityRecognizer.LoadDefault(), PerceptronTagger.LoadDefault(), path);
        output.WriteLine($"P {s.Precision:P2} R {s.Recall:P2} F1 {s.F1:P2}");
        Assert.Equal(1088, s.Gold);
        Assert.True(s.F1 >= CommittedTestF1 - 0.01, $"F1 {s.F1:P2} fell below {CommittedTestF1 - 0.01:P2}");
    }
}
