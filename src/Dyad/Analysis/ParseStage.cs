using Dyad.Analysis.Parsing;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Analysis;

/// <summary>
/// The parse stage: a dependency tree per sentence from the transition-based parser.
/// </summary>
/// <remarks>
/// With <paramref name="collapseMentions"/>, every mention of several proper-noun words ("Russian
/// President Vladimir Putin", "Kazakhstan’s Defense Minister Saken Zhasuzakov", "the VII Moscow
/// Conference") is parsed as its head word alone and its other words are attached to that head afterwards — the named-entity
/// collapsing news coders have long used, because long titled names are where a treebank-trained
/// parser goes wrong most. The mentions stage must then run first.
/// </remarks>
public sealed class ParseStage(DependencyParser parser, bool collapseMentions = false) : IStage
{
    /// <inheritdoc/>
    public string Name => "parse";

    /// <inheritdoc/>
    public Layer Requires => Layer.Sentences | Layer.Tags | Layer.Lemmas | (collapseMentions ? Layer.Mentions : Layer.None);

    /// <inheritdoc/>
    public Layer Assigns => Layer.Parse;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        int n = document.TokenCount;
        var heads = new int[n];
        var rels = new string[n];
        var words = document.Words.ToArray();
        var upos = document.Upos.ToArray();
        var xpos = document.Xpos.ToArray();
        var lemmas = document.Lemmas.ToArray();
        var headOf = CollapsedHeads(document);
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The words the parser sees: every token that is not inside a collapsed mention, plus each mention's head.
            var kept = new List<int>(sentence.TokenCount);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                if (headOf[t] < 0 || headOf[t] == t) kept.Add(t);
            int count = kept.Count;
            var localHeads = new int[count];
            var localRels = new string[count];
            parser.Parse(kept.Select(t => words[t]).ToArray(), kept.Select(t => upos[t]).ToArray(),
                kept.Select(t => xpos[t]).ToArray(), kept.Select(t => lemmas[t]).ToArray(), localHeads, localRels);
            for (int i = 0; i < count; i++)
            {
                // CoNLL heads are 1-based within what was parsed, 0 for the root; the document holds document indexes, -1 for a root.
                heads[kept[i]] = localHeads[i] == 0 ? -1 : kept[localHeads[i] - 1];
                rels[kept[i]] = localRels[i];
            }
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (headOf[t] < 0 || headOf[t] == t) continue;
                heads[t] = headOf[t];
                rels[t] = InnerRelation(document, t, headOf[t]);
            }
        }
        document.SetParse(heads, rels);
    }

    /// <summary>For each token inside a collapsed mention, the mention's head; -1 elsewhere.</summary>
    private int[] CollapsedHeads(NewsDocument document)
    {
        var headOf = new int[document.TokenCount];
        Array.Fill(headOf, -1);
        if (!collapseMentions) return headOf;
        foreach (var m in document.Mentions)
        {
            if (m.Length < 2 || m.Head < m.Start || m.Head >= m.End || m.Kind == MentionKind.Pronoun) continue;
            // Only names of several proper-noun words are collapsed; a leading determiner or possessive
            // stays for the parser, which reads "the two leaders" better than a bare "leaders".
            int start = m.Start, proper = 0;
            while (start < m.Head && document.Upos[start] is "DET" or "PRON") start++;
            for (int t = start; t < m.End; t++) if (document.Upos[t] == "PROPN") proper++;
            if (proper < 2) continue;
            bool free = true;
            for (int t = start; t < m.End; t++) free &= headOf[t] < 0;
            if (!free) continue;
            for (int t = start; t < m.End; t++) headOf[t] = m.Head;
        }
        return headOf;
    }

    /// <summary>The relation of a word inside a collapsed mention to the mention's head.</summary>
    private static string InnerRelation(NewsDocument doc, int token, int head)
    {
        var word = doc.Words[token];
        return doc.Upos[token] switch
        {
            "DET" => "det",
            "PRON" => "nmod:poss",
            "PART" when word is "'s" or "’s" or "'" or "’" => "case",
            "ADP" => "case",
            "PUNCT" => "punct",
            "CCONJ" => "cc",
            "NUM" => "nummod",
            "ADJ" => "amod",
            "PROPN" when token > head => "flat",
            _ => "compound",
        };
    }
}
