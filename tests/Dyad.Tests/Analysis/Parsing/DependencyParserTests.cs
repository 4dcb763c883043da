using Dyad.Tests.TestSupport;
using System.Text.Json;
using Dyad.Analysis.Parsing;

namespace Dyad.Tests.Analysis.Parsing;

public class DependencyParserTests
{
    private static readonly DependencyParser Parser = DependencyParser.LoadDefault();

    private static (int[] Heads, string[] Deprels) Parse(string[] words, string[] upos, string[] xpos, string[]? lemmas = null)
    {
        var heads = new int[words.Length];
        var deprels = new string[words.Length];
        Parser.Parse(words, upos, xpos, lemmas, heads, deprels);
        return (heads, deprels);
    }

    [Fact]
    public void Finds_subject_object_and_oblique_in_a_news_sentence()
    {
        string[] words = ["Iran", "'s", "defense", "minister", "held", "talks", "with", "his", "Pakistani", "counterpart", "in", "Moscow", "."];
        string[] upos = ["PROPN", "PART", "NOUN", "NOUN", "VERB", "NOUN", "ADP", "PRON", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"];
        string[] xpos = ["NNP", "POS", "NN", "NN", "VBD", "NNS", "IN", "PRP$", "JJ", "NN", "IN", "NNP", "."];
        var (heads, deprels) = Parse(words, upos, xpos);

        const int Minister = 4, Held = 5, Talks = 6, With = 7, Counterpart = 10;
        Assert.Equal((0, "root"), (heads[Held - 1], deprels[Held - 1]));
        Assert.Equal((Held, "nsubj"), (heads[Minister - 1], deprels[Minister - 1]));
        Assert.Equal((Held, "obj"), (heads[Talks - 1], deprels[Talks - 1]));
        Assert.Equal((Held, "obl"), (heads[Counterpart - 1], deprels[Counterpart - 1]));
        Assert.Equal((Counterpart, "case"), (heads[With - 1], deprels[With - 1]));
        Assert.Equal((Minister, "nmod:poss"), (heads[0], deprels[0]));
    }

    [Fact]
    public void A_200_word_sentence_yields_one_well_formed_tree()
    {
        var rng = new Random(7);
        string[][] vocabulary =
        [
            ["the", "DET", "DT"], ["minister", "NOUN", "NN"], ["said", "VERB", "VBD"], ["talks", "NOUN", "NNS"],
            ["with", "ADP", "IN"], [",", "PUNCT", ","], ["and", "CCONJ", "CC"], ["Iran", "PROPN", "NNP"],
            ["will", "AUX", "MD"], ["continue", "VERB", "VB"], ["that", "SCONJ", "IN"], ["very", "ADV", "RB"],
        ];
        int n = 200;
        var picks = Enumerable.Range(0, n).Select(_ => vocabulary[rng.Next(vocabulary.Length)]).ToArray();
        var (heads, deprels) = Parse(picks.Select(p => p[0]).ToArray(), picks.Select(p => p[1]).ToArray(), picks.Select(p => p[2]).ToArray());

        Assert.Equal(1, heads.Count(h => h == 0));
        Assert.Equal("root", deprels[Array.IndexOf(heads, 0)]);
        Assert.Equal(1, deprels.Count(d => d == "root"));
        for (int i = 0; i < n; i++)
        {
            Assert.InRange(heads[i], 0, n);
            Assert.NotEqual(i + 1, heads[i]);
            // Following heads from every word reaches the root without a cycle.
            int steps = 0;
            for (int w = i + 1; w != 0; w = heads[w - 1]) Assert.True(++steps <= n, $"cycle through word {i + 1}");
        }
    }

    [Fact]
    public void Single_word_and_empty_sentences()
    {
        var (heads, deprels) = Parse(["Yes"], ["INTJ"], ["UH"]);
        Assert.Equal([0], heads);
        Assert.Equal(["root"], deprels);
        Parser.Parse([], [], [], null, [], []);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Parser.Parse(["a", "b"], ["DET"], ["DT", "DT"], null, new int[2], new string[2]));
    }

    [Fact]
    public void Concurrent_parses_agree_with_sequential_ones()
    {
        string[] words = ["The", "Serbian", "minister", "praised", "Iran", "'s", "support", "."];
        string[] upos = ["DET", "ADJ", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"];
        string[] xpos = ["DT", "JJ", "NN", "VBD", "NNP", "POS", "NN", "."];
        var expected = Parse(words, upos, xpos);
        Parallel.For(0, 200, _ =>
        {
            var actual = Parse(words, upos, xpos);
            Assert.Equal(expected.Heads, actual.Heads);
            Assert.Equal(expected.Deprels, actual.Deprels);
        });
    }

    [Fact]
    public void Save_and_load_round_trip_byte_for_byte()
    {
        using var first = new MemoryStream();
        Parser.Save(first);
        first.Position = 0;
        var reloaded = DependencyParser.Load(first);
        using var second = new MemoryStream();
        reloaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Foreign_files_are_refused()
    {
        using var stream = new MemoryStream("NOTAMODELFILE123"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => DependencyParser.Load(stream));
    }

    [SharedDataFact("data/ud/en_ewt-ud-test.conllu", "data/ud/en_ewt-ud-train.conllu")]
    public void Ewt_test_las_does_not_regress_below_the_committed_figure()
    {
        using var manifestStream = DependencyParser.OpenResource("Dyad.Data.models.MANIFEST-parser.json")!;
        using var manifest = JsonDocument.Parse(manifestStream);
        double committed = manifest.RootElement.GetProperty("test_gold_tags").GetProperty("las").GetDouble();

        var scores = ParserEvaluator.Evaluate(Parser, ParserTestData.Ud("en_ewt-ud-test.conllu"));
        Assert.True(scores.Las >= committed - 0.5, $"EWT test LAS {scores.Las:F2} < committed {committed:F2} - 0.5");
    }

    [SharedDataFact("data/ud/en_ewt-ud-test.conllu", "data/ud/en_ewt-ud-train.conllu")]
    public void Training_is_deterministic()
    {
        var options = new ParserTrainingOptions { Seed = 3, Iterations = 2, MaxTrainSentences = 150 };
        byte[] Train()
        {
            var result = ParserTrainer.Train(ParserTestData.Ud("en_ewt-ud-train.conllu"), null, options);
            using var stream = new MemoryStream();
            result.Parser.Save(stream);
            return stream.ToArray();
        }
        Assert.Equal(Train(), Train());
    }
}
