using Dyad.Analysis.Conllu;
using Dyad.Analysis.Tagging;

namespace Dyad.Tests.Analysis.Tagging;

public class PerceptronTaggerTests
{
    private static readonly string[] IranSentence = "Iran 's defense minister held talks with his Pakistani counterpart in Moscow .".Split(' ');

    [Fact]
    public void BundledTaggerTagsNewsSentence()
    {
        var (upos, xpos) = PerceptronTagger.LoadDefault().Tag(IranSentence);
        Assert.Equal(
            new[] { "PROPN", "PART", "NOUN", "NOUN", "VERB", "NOUN", "ADP", "PRON", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT" },
            upos);
        // XPOS of "held" is VBN here (a known error of the shipped model): only UPOS is asserted for it.
        Assert.StartsWith("VB", xpos[4]);
        Assert.Equal("NNS", xpos[5]);
        Assert.Equal("NNP", xpos[11]);
    }

    [Fact]
    public void EmptySentence()
    {
        var (upos, xpos) = PerceptronTagger.LoadDefault().Tag(Array.Empty<string>());
        Assert.Empty(upos);
        Assert.Empty(xpos);
    }

    [Fact]
    public void ConcurrentCallsAgreeWithSequentialOnes()
    {
        var tagger = PerceptronTagger.LoadDefault();
        var sentences = Enumerable.Range(0, 64).Select(i => IranSentence.Skip(i % 5).Take(4 + i % 9).ToArray()).ToArray();
        var expected = sentences.Select(s => string.Join(' ', tagger.Tag(s).Upos)).ToArray();
        var actual = new string[sentences.Length];
        Parallel.For(0, sentences.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            int i = k % sentences.Length;
            actual[i] = string.Join(' ', tagger.Tag(sentences[i]).Upos);
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TrainingOnHandBuiltSentencesIsDeterministicAndLearns()
    {
        var train = ToySentences().ToList();
        var options = new TaggerTrainingOptions(Seed: 7, Iterations: 4, TagDictionaryMinCount: 1000, JackknifeFolds: 2);
        var a = TaggerTrainer.Train(train, train, options);
        var b = TaggerTrainer.Train(train, train, options);
        Assert.Equal(Bytes(a.Tagger), Bytes(b.Tagger));
        Assert.True(a.BestDevUpos > 0.95, $"toy dev accuracy {a.BestDevUpos}");
        var (upos, _) = a.Tagger.Tag(["the", "minister", "met", "the", "envoy"]);
        Assert.Equal(new[] { "DET", "NOUN", "VERB", "DET", "NOUN" }, upos);

        var ms = new MemoryStream(Bytes(a.Tagger));
        Assert.Equal(upos, PerceptronTagger.Load(ms).Tag(["the", "minister", "met", "the", "envoy"]).Upos);
    }

    private static IEnumerable<ConlluSentence> ToySentences()
    {
        string[] nouns = ["minister", "envoy", "president", "army", "leader"];
        string[] verbs = ["met", "praised", "accused", "visited"];
        int id = 0;
        foreach (var n1 in nouns)
        {
            foreach (var v in verbs)
            {
                var n2 = nouns[(Array.IndexOf(nouns, n1) + 1) % nouns.Length];
                yield return new ConlluSentence
                {
                    Id = $"toy-{id++}",
                    Words =
                    [
                        new ConlluWord(1, "the", "the", "DET", "DT", "_", 2, "det"),
                        new ConlluWord(2, n1, n1, "NOUN", "NN", "_", 3, "nsubj"),
                        new ConlluWord(3, v, v, "VERB", "VBD", "_", 0, "root"),
                        new ConlluWord(4, "the", "the", "DET", "DT", "_", 5, "det"),
                        new ConlluWord(5, n2, n2, "NOUN", "NN", "_", 3, "obj"),
                    ],
                };
            }
        }
    }

    private static byte[] Bytes(PerceptronTagger t)
    {
        var ms = new MemoryStream();
        t.Save(ms);
        return ms.ToArray();
    }
}
