using Dyad.Analysis;
using Dyad.Analysis.Evaluation;
using Dyad.Analysis.Parsing;
using Dyad.Analysis.Tagging;
using Dyad.Pipeline;
using Dyad.Tests.TestSupport;
using Dyad.Text;

namespace Dyad.Tests.Analysis.Evaluation;

public class RawTextEvaluatorTests
{
    private static CodingPipeline Analysis() => new(
    [
        new TextStage(),
        new TagStage(PerceptronTagger.LoadDefault(), Lemmatizer.LoadDefault()),
        new ParseStage(DependencyParser.LoadDefault()),
    ]);

    [Fact]
    public void Aligns_tokens_and_sentences_by_character_span_with_multiword_tokens()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("tiny.conllu", """
            # newdoc id = d1
            # text = Iran's minister didn't go.
            1-2	Iran's	_	_	_	_	_	_	_	_
            1	Iran	Iran	PROPN	NNP	_	3	nmod:poss	_	_
            2	's	's	PART	POS	_	1	case	_	_
            3	minister	minister	NOUN	NN	_	6	nsubj	_	_
            4-5	didn't	_	_	_	_	_	_	_	_
            4	did	do	AUX	VBD	_	6	aux	_	_
            5	n't	not	PART	RB	_	6	advmod	_	_
            6	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
            7	.	.	PUNCT	.	_	6	punct	_	_

            # text = He stayed.
            1	He	he	PRON	PRP	_	2	nsubj	_	_
            2	stayed	stay	VERB	VBD	_	0	root	_	SpaceAfter=No
            3	.	.	PUNCT	.	_	2	punct	_	_

            """.Replace("\r", ""));
        var scores = RawTextEvaluator.Evaluate(path, Analysis());
        Assert.Equal(2, scores.Sentences);
        Assert.Equal(100.0, scores.Tokens);
        Assert.Equal(100.0, scores.SentencesF1);
        Assert.Equal(100.0, scores.Words);
        Assert.True(scores.Las > 50, $"LAS {scores.Las}");
    }

    [SharedDataFact("data/ud/en_ewt-ud-test.conllu")]
    public void Raw_text_scores_on_EWT_test_do_not_fall()
    {
        var path = SharedData.Find("ud/en_ewt-ud-test.conllu")!;
        var s = RawTextEvaluator.Evaluate(path, Analysis());
        // Committed figures (README): tokens 99.05, sentences 85.03, UPOS 94.17, LAS 78.91.
        Assert.True(s.Tokens >= 98.9, $"tokens {s.Tokens}");
        Assert.True(s.SentencesF1 >= 84.5, $"sentences {s.SentencesF1}");
        Assert.True(s.Las >= 78.4, $"LAS {s.Las}");
    }
}
