using Dyad.Analysis.Tagging;

namespace Dyad.Tests.Analysis.Tagging;

public class NewsTagCorrectionsTests
{
    private static string[] Fix(string words, string tags)
    {
        var w = words.Split(' ');
        var x = tags.Split(' ');
        var u = x.Select(t => t.StartsWith("VB", StringComparison.Ordinal) ? "VERB" : t == "JJ" ? "ADJ" : "X").ToArray();
        NewsTagCorrections.Apply(w, u, x);
        return x;
    }

    [Fact]
    public void Outside_after_a_noun_and_before_a_noun_phrase_is_a_preposition()
    {
        Assert.Equal("IN", Fix("Farmers began a strike outside Parliament", "NNS VBD DT NN JJ NN")[4]);
        Assert.Equal("IN", Fix("Students held a rally inside the campus", "NNS VBD DT NN JJ DT NN")[4]);
    }

    [Fact]
    public void Outside_as_an_adjective_keeps_its_tag()
    {
        Assert.Equal("JJ", Fix("The ministry hired outside experts", "DT NN VBD JJ NNS")[3]);
        Assert.Equal("JJ", Fix("They had no contact with the outside world", "PRP VBD DT NN IN DT JJ NN")[6]);
    }

    [Fact]
    public void A_number_word_opening_the_sentence_is_a_number_not_a_name()
    {
        Assert.Equal("CD", Fix("Eighty Nigerian soldiers were killed", "NNP JJ NNS VBD VBN")[0]);
        Assert.Equal("NNP", Fix("Seven Network said", "NNP NNP VBD")[0]);
    }
}
