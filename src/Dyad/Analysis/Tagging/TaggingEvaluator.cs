using Dyad.Analysis.Conllu;

namespace Dyad.Analysis.Tagging;

/// <summary>Accuracies over gold-tokenised words (punctuation included, as UD's evaluation does).</summary>
/// <param name="Words">Words scored.</param>
/// <param name="Upos">UPOS accuracy, 0–1.</param>
/// <param name="Xpos">XPOS accuracy, 0–1.</param>
/// <param name="UposXpos">Both tags right, 0–1.</param>
/// <param name="Lemma">Lemma accuracy given predicted tags, 0–1 (0 when no lemmatizer was given).</param>
/// <param name="Sentences">Sentences scored.</param>
public sealed record TaggingScores(int Sentences, int Words, double Upos, double Xpos, double UposXpos, double Lemma);

/// <summary>Scores a tagger (and optionally a lemmatizer) on a CoNLL-U file with gold tokens.</summary>
public static class TaggingEvaluator
{
    /// <summary>Scores on the CoNLL-U file at <paramref name="path"/>.</summary>
    public static TaggingScores Evaluate(PerceptronTagger tagger, Lemmatizer? lemmatizer, string path) =>
        Evaluate(tagger, lemmatizer, ConlluReader.Read(path).Where(s => s.Words.Length > 0).ToList());

    /// <summary>Scores on sentences in memory.</summary>
    public static TaggingScores Evaluate(PerceptronTagger tagger, Lemmatizer? lemmatizer, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        int words = 0, upos = 0, xpos = 0, both = 0, lemma = 0;
        foreach (var s in sentences)
        {
            var forms = s.Words.Select(w => w.Form).ToArray();
            var (u, x) = tagger.Tag(forms);
            for (int i = 0; i < forms.Length; i++)
            {
                var g = s.Words[i];
                words++;
                bool uo = u[i] == g.Upos, xo = x[i] == g.Xpos;
                if (uo) upos++;
                if (xo) xpos++;
                if (uo && xo) both++;
                if (lemmatizer is not null && lemmatizer.Lemmatize(forms[i], u[i], x[i]) == g.Lemma) lemma++;
            }
        }
        double d = Math.Max(1, words);
        return new TaggingScores(sentences.Count, words, upos / d, xpos / d, both / d, lemma / d);
    }
}
