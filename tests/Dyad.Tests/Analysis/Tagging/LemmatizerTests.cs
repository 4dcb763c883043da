using Dyad.Analysis.Conllu;
using Dyad.Analysis.Tagging;

namespace Dyad.Tests.Analysis.Tagging;

public class LemmatizerTests
{
    [Theory]
    [InlineData("talks", "NOUN", "NNS", "talk")]
    [InlineData("held", "VERB", "VBD", "hold")]
    [InlineData("was", "AUX", "VBD", "be")]
    [InlineData("countries", "NOUN", "NNS", "country")]
    [InlineData("Talks", "NOUN", "NNS", "talk")]
    [InlineData("ministers", "NOUN", "NNS", "minister")]
    [InlineData("denounced", "VERB", "VBD", "denounce")]
    [InlineData("accusing", "VERB", "VBG", "accuse")]
    [InlineData("Iran", "PROPN", "NNP", "Iran")]
    [InlineData("Americans", "PROPN", "NNPS", "American")]
    [InlineData("Pakistani", "ADJ", "JJ", "Pakistani")]
    [InlineData("better", "ADJ", "JJR", "good")]
    [InlineData("children", "NOUN", "NNS", "child")]
    [InlineData(".", "PUNCT", ".", ".")]
    [InlineData("2018", "NUM", "CD", "2018")]
    public void BundledLemmatizer(string form, string upos, string xpos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.LoadDefault().Lemmatize(form, upos, xpos));

    [Theory]
    [InlineData("zorbified", "VBD", "zorbify")]
    [InlineData("blicketing", "VBG", "blicket")]
    [InlineData("glorps", "NNS", "glorp")]
    [InlineData("frobnicates", "VBZ", "frobnicate")]
    [InlineData("embezzling", "VBG", "embezzle")]
    [InlineData("frizzled", "VBN", "frizzle")]
    public void UnknownWordsUseSuffixRules(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.LoadDefault().Lemmatize(form, "VERB", xpos));

    [Fact]
    public void LearnsLexiconAndRulesFromHandBuiltSentences()
    {
        static ConlluWord W(int id, string form, string lemma, string xpos) => new(id, form, lemma, "X", xpos, "_", 0, "dep");
        var sentences = new[]
        {
            new ConlluSentence { Words = [W(1, "cities", "city", "NNS"), W(2, "went", "go", "VBD")] },
            new ConlluSentence { Words = [W(1, "parties", "party", "NNS"), W(2, "walked", "walk", "VBD")] },
            new ConlluSentence { Words = [W(1, "armies", "army", "NNS"), W(2, "talked", "talk", "VBD")] },
        };
        var lemmatizer = Lemmatizer.Train(sentences);
        Assert.Equal("go", lemmatizer.Lemmatize("went", "VERB", "VBD"));
        Assert.Equal("enemy", lemmatizer.Lemmatize("enemies", "NOUN", "NNS"));
        Assert.Equal("jump", lemmatizer.Lemmatize("jumped", "VERB", "VBD"));

        var ms = new MemoryStream();
        lemmatizer.Save(ms);
        ms.Position = 0;
        Assert.Equal("enemy", Lemmatizer.Load(ms).Lemmatize("enemies", "NOUN", "NNS"));
    }
}
