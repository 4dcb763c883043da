using Dyad.Analysis.Conllu;

namespace Dyad.Analysis.Parsing;

/// <summary>Tags handed to the parser for one sentence (gold, or predicted by a tagger).</summary>
/// <param name="Upos">Universal POS tags.</param>
/// <param name="Xpos">Penn Treebank tags.</param>
/// <param name="Lemmas">Lemmas, or null.</param>
public sealed record SentenceTags(IReadOnlyList<string> Upos, IReadOnlyList<string> Xpos, IReadOnlyList<string>? Lemmas);

/// <summary>Scores a parser against a CoNLL-U treebank with gold tokens.</summary>
public static class ParserEvaluator
{
    /// <summary>Parses every sentence of <paramref name="conlluPath"/> and scores it against the gold trees.</summary>
    /// <param name="parser">The parser to evaluate.</param>
    /// <param name="conlluPath">Gold CoNLL-U file.</param>
    /// <param name="tagger">Supplies the tags; null uses the gold UPOS, XPOS and lemmas of the file.</param>
    public static ParseScores Evaluate(DependencyParser parser, string conlluPath, Func<ConlluSentence, SentenceTags>? tagger = null) =>
        Evaluate(parser, ConlluReader.Read(conlluPath), tagger);

    /// <summary>Parses and scores already-read sentences.</summary>
    public static ParseScores Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> sentences, Func<ConlluSentence, SentenceTags>? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        int count = 0, words = 0, head = 0, labelled = 0, universal = 0;
        foreach (var sentence in sentences)
        {
            var w = sentence.Words;
            int n = w.Length;
            if (n == 0) continue;
            var tags = tagger?.Invoke(sentence) ?? GoldTags(sentence);
            var heads = new int[n];
            var deprels = new string[n];
            parser.Parse(w.Select(x => x.Form).ToArray(), tags.Upos, tags.Xpos, tags.Lemmas, heads, deprels);
            count++;
            for (int i = 0; i < n; i++)
            {
                words++;
                if (heads[i] != w[i].Head) continue;
                head++;
                if (deprels[i] == w[i].Deprel) labelled++;
                if (Universal(deprels[i]).SequenceEqual(Universal(w[i].Deprel))) universal++;
            }
        }
        return new ParseScores(count, words, head, labelled, universal);
    }

    /// <summary>The gold tags and lemmas of a treebank sentence.</summary>
    public static SentenceTags GoldTags(ConlluSentence sentence) => new(
        sentence.Words.Select(x => x.Upos).ToArray(),
        sentence.Words.Select(x => x.Xpos).ToArray(),
        sentence.Words.Select(x => x.Lemma).ToArray());

    private static ReadOnlySpan<char> Universal(string label)
    {
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}
