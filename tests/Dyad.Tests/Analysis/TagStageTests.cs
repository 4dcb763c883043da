using Dyad.Analysis;
using Dyad.Analysis.Tagging;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Tests.Analysis;

public class TagStageTests
{
    private static readonly CodingPipeline Tagging = new(
    [
        new TextStage(),
        new TagStage(PerceptronTagger.LoadDefault(), Lemmatizer.LoadDefault()),
    ]);

    private static string TagOf(string text, string word)
    {
        var doc = Tagging.Run(new NewsDocument(new Story("t", new DateOnly(2005, 6, 1), text)));
        return doc.Upos[Array.IndexOf(doc.Words.ToArray(), word)];
    }

    [Theory]
    [InlineData("Campaigning in Ohio, Bush criticized Iran.", "Campaigning")]
    [InlineData("Patrolling near Lebanon, Israeli troops shot two Palestinians.", "Patrolling")]
    public void A_participle_of_a_known_word_opening_the_sentence_stays_a_verb(string text, string word) =>
        Assert.Equal("VERB", TagOf(text, word));

    [Fact]
    public void A_capital_ending_in_ing_that_is_no_known_word_is_a_name() =>
        Assert.Equal("PROPN", TagOf("Beijing on Friday warned Taipei.", "Beijing"));
}
