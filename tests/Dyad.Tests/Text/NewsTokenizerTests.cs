using Dyad.Documents;
using Dyad.Text;

namespace Dyad.Tests.Text;

public class NewsTokenizerTests
{
    private static string[] Tokens(string text) => NewsTokenizer.Tokenize(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("Iran’s defense minister", new[] { "Iran", "’s", "defense", "minister" })]
    [InlineData("the U.S. and Gen. Smith.", new[] { "the", "U.S.", "and", "Gen.", "Smith", "." })]
    [InlineData("“Through their plots,” Hatami added.", new[] { "“", "Through", "their", "plots", ",", "”", "Hatami", "added", "." })]
    [InlineData("from [collecting] the dividends", new[] { "from", "[", "collecting", "]", "the", "dividends" })]
    [InlineData("worth $10.5 billion, or 3%", new[] { "worth", "$", "10.5", "billion", ",", "or", "3", "%" })]
    [InlineData("He didn't go", new[] { "He", "did", "n't", "go" })]
    [InlineData("in a year.At the start", new[] { "in", "a", "year", ".", "At", "the", "start" })]
    [InlineData("forces—the army", new[] { "forces", "—", "the", "army" })]
    [InlineData("Tehran-Islamabad cooperation", new[] { "Tehran", "-", "Islamabad", "cooperation" })]
    [InlineData("a non-stop e-mail at 713-853-3989", new[] { "a", "non-stop", "e-mail", "at", "713-853-3989" })]
    [InlineData("past...and and/or b/c", new[] { "past", "...", "and", "and", "/", "or", "b/c" })]
    [InlineData("Really?! Yes.. :)", new[] { "Really", "?!", "Yes", "..", ":)" })]
    [InlineData("see http://example.com/a.b, now", new[] { "see", "http://example.com/a.b", ",", "now" })]
    [InlineData("J. R. R. Tolkien wrote", new[] { "J.", "R.", "R.", "Tolkien", "wrote" })]
    public void Splits_news_text_the_EWT_way(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  MOSCOW, June 4 (Reuters) - Talks began.";
        foreach (var (start, end) in NewsTokenizer.Tokenize(text))
        {
            Assert.True(end > start);
            Assert.False(string.IsNullOrWhiteSpace(text[start..end]));
        }
    }

    [Fact]
    public void Sentences_split_at_terminal_punctuation_and_paragraphs_but_not_after_titles()
    {
        const string text = "Brig. Gen. Amir Hatami met Mr. Khan in the U.S. He said “we agree.” Talks went on\n\nA new paragraph";
        var spans = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, spans);
        var texts = sentences.Select(s => text[spans[s.FirstToken].Start..spans[s.FirstToken + s.TokenCount - 1].End]).ToList();
        Assert.Equal(["Brig. Gen. Amir Hatami met Mr. Khan in the U.S.", "He said “we agree.”", "Talks went on", "A new paragraph"], texts);
    }

    [Theory]
    [InlineData("President Moon Jae-in called", new[] { "President", "Moon", "Jae-in", "called" })]
    [InlineData("Kim Jong-un said", new[] { "Kim", "Jong-un", "said" })]
    [InlineData("The Saudi-led coalition", new[] { "The", "Saudi", "-", "led", "coalition" })]
    [InlineData("Tehran-Islamabad ties", new[] { "Tehran", "-", "Islamabad", "ties" })]
    [InlineData("In Gaza-era talks", new[] { "In", "Gaza", "-", "era", "talks" })]
    public void A_hyphenated_given_name_stays_whole_other_hyphens_split(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("U.N. Secretary-General Kofi Annan spoke.", new[] { "U.N. Secretary-General Kofi Annan spoke." })]
    [InlineData("NATO Secretary-General Jens Stoltenberg spoke.", new[] { "NATO Secretary-General Jens Stoltenberg spoke." })]
    [InlineData("BEIRUT (AP) - Talks began.", new[] { "BEIRUT (AP) -", "Talks began." })]
    [InlineData("KABUL, Afghanistan — Talks began.", new[] { "KABUL, Afghanistan —", "Talks began." })]
    public void A_dateline_dash_is_set_off_by_spaces_a_hyphen_is_not(string text, string[] expected)
    {
        var spans = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, spans);
        Assert.Equal(expected, sentences.Select(s => text[spans[s.FirstToken].Start..spans[s.FirstToken + s.TokenCount - 1].End]));
    }

    [Theory]
    [InlineData("a,")]
    [InlineData("ab-")]
    [InlineData("ab/cd/")]
    [InlineData("ab..")]
    [InlineData("😀,")]
    public void A_huge_chunk_without_spaces_is_split_in_bounded_depth(string unit)
    {
        // Found by fuzzing: the rules recursed once per separator, and a long run overflowed the stack.
        var text = string.Concat(Enumerable.Repeat(unit, 400_000 / unit.Length));
        List<(int Start, int End)> tokens = [];
        var thread = new Thread(() => tokens = NewsTokenizer.Tokenize(text), 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotEmpty(tokens);
        for (int k = 0; k < tokens.Count; k++)
        {
            Assert.True(tokens[k].Start < tokens[k].End && (k == 0 || tokens[k].Start >= tokens[k - 1].End));
            Assert.False(char.IsLowSurrogate(text[tokens[k].Start]));
        }
    }

    [Fact]
    public void Text_stage_fills_tokens_and_sentences()
    {
        var doc = new NewsDocument(new Story("s", new DateOnly(2020, 1, 1), "Iran met Pakistan. Talks ended."));
        new TextStage().Process(doc, default);
        Assert.Equal(2, doc.SentenceCount);
        Assert.Equal("Talks ended.", doc.Sentence(1).Text);
        Assert.Equal(1, doc.Token(4).SentenceIndex);
    }
}
