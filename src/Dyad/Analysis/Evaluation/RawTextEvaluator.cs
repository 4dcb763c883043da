using System.Diagnostics;
using System.Text;
using Dyad.Analysis.Conllu;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Analysis.Evaluation;

/// <summary>Scores from raw text, CoNLL 2018 style (F1 over aligned units, in percent).</summary>
public sealed record RawTextScores(int Sentences, double Tokens, double SentencesF1, double Words, double Upos, double Las, double SentencesPerSecond);

/// <summary>
/// Evaluates the analysis pipeline from raw text the way the CoNLL 2018 shared task did: the
/// gold file's <c># text</c> lines (paragraphs kept apart) are analysed from scratch, then system
/// and gold units are aligned by their character spans in the text with white space removed.
/// Tokens are surface tokens (a word and its clitics — "Iran’s", "don't" — are one token, as
/// EWT's multiword tokens are); UPOS and LAS count aligned words whose tag, or head and universal
/// relation, agree.
/// </summary>
public static class RawTextEvaluator
{
    private static readonly string[] Clitics = ["'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'", "’"];

    private readonly record struct Unit(int Start, int End);

    /// <summary>Runs <paramref name="pipeline"/> over the raw text of <paramref name="conlluPath"/> and scores it.</summary>
    public static RawTextScores Evaluate(string conlluPath, CodingPipeline pipeline)
    {
        var gold = ConlluReader.Read(conlluPath).ToList();
        var text = new StringBuilder();
        foreach (var s in gold)
        {
            bool newPar = s.OtherComments.Any(c => c.StartsWith("newpar", StringComparison.Ordinal) || c.StartsWith("newdoc", StringComparison.Ordinal));
            if (text.Length > 0) text.Append(newPar ? "\n\n" : " ");
            text.Append(s.Text ?? string.Join(' ', s.Words.Select(w => w.Form)));
        }
        var clock = Stopwatch.StartNew();
        var doc = pipeline.Run(new NewsDocument(new Story("eval", new DateOnly(2000, 1, 1), text.ToString())));
        clock.Stop();

        // Gold units.
        var goldTokens = new List<Unit>();
        var goldSentences = new List<Unit>();
        var goldWords = new List<(Unit Span, string Upos, int Head, string Rel)>();
        int at = 0;
        foreach (var s in gold)
        {
            int sentenceStart = at, firstWord = goldWords.Count;
            var spans = new Unit[s.Words.Length];
            for (int w = 0; w < s.Words.Length; w++)
            {
                var mwt = s.MultiwordTokens.FirstOrDefault(m => m.First == s.Words[w].Id);
                if (mwt is not null)
                {
                    int tokenStart = at, len = Squeeze(mwt.Form).Length;
                    var forms = s.Words.Where(x => x.Id >= mwt.First && x.Id <= mwt.Last).Select(x => Squeeze(x.Form)).ToList();
                    bool splits = string.Concat(forms).Equals(Squeeze(mwt.Form), StringComparison.OrdinalIgnoreCase);
                    for (int k = 0; k < forms.Count; k++)
                    {
                        spans[w + k] = splits ? new Unit(at, at + forms[k].Length) : new Unit(tokenStart, tokenStart + len);
                        if (splits) at += forms[k].Length;
                    }
                    at = tokenStart + len;
                    goldTokens.Add(new Unit(tokenStart, at));
                    w += forms.Count - 1;
                    continue;
                }
                int l = Squeeze(s.Words[w].Form).Length;
                spans[w] = new Unit(at, at + l);
                goldTokens.Add(spans[w]);
                at += l;
            }
            for (int w = 0; w < s.Words.Length; w++)
                goldWords.Add((spans[w], s.Words[w].Upos, s.Words[w].Head == 0 ? -1 : firstWord + s.Words[w].Head - 1, Universal(s.Words[w].Deprel)));
            goldSentences.Add(new Unit(sentenceStart, at));
        }

        // System units, on the same squeezed character axis.
        var offsets = SqueezedOffsets(doc.Text);
        var sysWords = new List<(Unit Span, string Upos, int Head, string Rel)>();
        for (int t = 0; t < doc.TokenCount; t++)
        {
            var tok = doc.Token(t);
            sysWords.Add((new Unit(offsets[tok.Start], offsets[tok.End]), tok.Upos, tok.Head, Universal(tok.Deprel)));
        }
        var sysTokens = new List<Unit>();
        for (int t = 0; t < doc.TokenCount; t++)
        {
            var span = sysWords[t].Span;
            if (sysTokens.Count > 0 && t > 0 && doc.Token(t).Start == doc.Token(t - 1).End && Clitics.Contains(doc.Words[t], StringComparer.OrdinalIgnoreCase))
                sysTokens[^1] = new Unit(sysTokens[^1].Start, span.End);
            else sysTokens.Add(span);
        }
        var sysSentences = doc.Sentences().Select(s => new Unit(offsets[s.Start], offsets[s.End])).ToList();

        // Word alignment by identical span.
        var goldBySpan = new Dictionary<Unit, int>();
        for (int g = 0; g < goldWords.Count; g++) goldBySpan.TryAdd(goldWords[g].Span, g);
        var align = new int[sysWords.Count];
        int aligned = 0, upos = 0, las = 0;
        for (int s = 0; s < sysWords.Count; s++) align[s] = goldBySpan.TryGetValue(sysWords[s].Span, out var g) ? g : -1;
        for (int s = 0; s < sysWords.Count; s++)
        {
            int g = align[s];
            if (g < 0) continue;
            aligned++;
            if (sysWords[s].Upos == goldWords[g].Upos) upos++;
            int sysHead = sysWords[s].Head < 0 ? -1 : align[sysWords[s].Head];
            bool headOk = sysWords[s].Head < 0 ? goldWords[g].Head < 0 : sysHead >= 0 && sysHead == goldWords[g].Head;
            if (headOk && sysWords[s].Rel == goldWords[g].Rel) las++;
        }
        return new RawTextScores(
            gold.Count,
            F1(Matches(sysTokens, goldTokens), sysTokens.Count, goldTokens.Count),
            F1(Matches(sysSentences, goldSentences), sysSentences.Count, goldSentences.Count),
            F1(aligned, sysWords.Count, goldWords.Count),
            F1(upos, sysWords.Count, goldWords.Count),
            F1(las, sysWords.Count, goldWords.Count),
            gold.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    private static int Matches(List<Unit> system, List<Unit> gold)
    {
        var set = gold.ToHashSet();
        return system.Count(set.Contains);
    }

    private static double F1(int correct, int system, int gold)
    {
        if (system == 0 || gold == 0) return 0;
        double p = (double)correct / system, r = (double)correct / gold;
        return p + r == 0 ? 0 : Math.Round(100 * 2 * p * r / (p + r), 2);
    }

    private static string Universal(string rel) => rel.Split(':')[0];

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>For every character offset of the text, the offset on the axis without white space.</summary>
    private static int[] SqueezedOffsets(string text)
    {
        var map = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            map[i] = n;
            if (!char.IsWhiteSpace(text[i])) n++;
        }
        map[text.Length] = n;
        return map;
    }
}
