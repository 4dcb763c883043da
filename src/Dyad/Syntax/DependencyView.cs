using Dyad.Documents;

namespace Dyad.Syntax;

/// <summary>
/// Read-only navigation over a parsed document: children by relation, prepositional phrases,
/// and the clause a word stands in. Built once per document.
/// </summary>
public sealed class DependencyView
{
    private readonly NewsDocument _doc;
    private readonly int[][] _children;

    /// <summary>Indexes the parse of <paramref name="document"/>.</summary>
    public DependencyView(NewsDocument document)
    {
        _doc = document;
        var lists = new List<int>?[document.TokenCount];
        for (int i = 0; i < document.TokenCount; i++)
        {
            int h = document.Token(i).Head;
            if (h >= 0) (lists[h] ??= []).Add(i);
        }
        _children = lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    /// <summary>The document.</summary>
    public NewsDocument Document => _doc;

    /// <summary>Children of a token, in text order.</summary>
    public ReadOnlySpan<int> Children(int token) => _children[token];

    /// <summary>Head of a token or -1.</summary>
    public int Head(int token) => _doc.Token(token).Head;

    /// <summary>Relation of a token to its head (full UD label, e.g. <c>nsubj:pass</c>).</summary>
    public string Rel(int token) => _doc.Token(token).Deprel;

    /// <summary>The universal part of the relation (<c>nsubj:pass</c> → <c>nsubj</c>).</summary>
    public string BaseRel(int token)
    {
        var r = Rel(token);
        int colon = r.IndexOf(':');
        return colon < 0 ? r : r[..colon];
    }

    /// <summary>Lower-case lemma.</summary>
    public string Lemma(int token) => _doc.Token(token).Lemma.ToLowerInvariant();

    /// <summary>Universal POS tag.</summary>
    public string Upos(int token) => _doc.Token(token).Upos;

    /// <summary>The first child with relation <paramref name="rel"/> (exact, or its universal part when <paramref name="rel"/> has no subtype), or -1.</summary>
    public int Child(int token, string rel)
    {
        foreach (var c in Children(token))
            if (Rel(c) == rel || (!rel.Contains(':') && BaseRel(c) == rel)) return c;
        return -1;
    }

    /// <summary>Heads of phrases under <paramref name="token"/> introduced by preposition <paramref name="prep"/> ("with X" → X).</summary>
    public IEnumerable<int> PrepPhrases(int token, string prep)
    {
        foreach (var c in _children[token])
        {
            // A mis-parse that heads the phrase with its preposition ("with" → Kazakhstan): its object is the phrase.
            if (Upos(c) == "ADP" && Lemma(c) == prep && _children[c].Length > 0)
            {
                foreach (var cc in _children[c])
                    if (Upos(cc) is "NOUN" or "PROPN" or "PRON" or "NUM") { yield return cc; break; }
                continue;
            }
            var rel = BaseRel(c);
            if (rel is not ("obl" or "nmod" or "advcl" or "acl")) continue;
            foreach (var cc in _children[c])
            {
                if (BaseRel(cc) is "case" or "mark" && Lemma(cc) == prep) { yield return c; break; }
                // "to five Panamanian officers", "by the Kifaya group": the parser may hang the preposition on the number
                // or the name before the noun.
                if (BaseRel(cc) is "nummod" or "det" or "compound" && cc < c && _children[cc].Any(x => BaseRel(x) == "case" && Lemma(x) == prep)) { yield return c; break; }
            }
        }
    }

    /// <summary>Whether the phrase headed by <paramref name="token"/> is introduced by one of <paramref name="preps"/> ("of Liberia", "in Aden").</summary>
    public bool IntroducedBy(int token, params ReadOnlySpan<string> preps)
    {
        foreach (var c in _children[token])
            if (BaseRel(c) is "case" or "mark")
                foreach (var p in preps)
                    if (Lemma(c) == p) return true;
        return false;
    }

    /// <summary>The particle or preposition token introducing a phrase under <paramref name="token"/>, or -1.</summary>
    public int PrepToken(int token, string prep)
    {
        foreach (var c in Children(token))
        {
            if (Rel(c) == "compound:prt" && Lemma(c) == prep) return c;
            // "handed back a captured pilot": the parser may call a particle right after its verb an adverb.
            if (Rel(c) == "advmod" && c == token + 1 && Lemma(c) == prep && prep is "back" or "out" or "off" or "up" or "down" or "over" or "away") return c;
            foreach (var cc in Children(c))
                if (BaseRel(cc) is "case" or "mark" && Lemma(cc) == prep && BaseRel(c) is "obl" or "nmod" or "advcl" or "acl") return cc;
        }
        return -1;
    }

    /// <summary>Whether a token is a verb or stands as a predicate with a subject of its own.</summary>
    public bool IsPredicate(int token) =>
        Upos(token) is "VERB" or "AUX" || Child(token, "nsubj") >= 0 || Child(token, "csubj") >= 0;

    /// <summary>Tokens of the subtree under <paramref name="token"/> (itself included), depth-first.</summary>
    public IEnumerable<int> Subtree(int token, int maxDepth = 64)
    {
        var stack = new Stack<(int Token, int Depth)>();
        stack.Push((token, 0));
        while (stack.Count > 0)
        {
            var (t, d) = stack.Pop();
            yield return t;
            if (d >= maxDepth) continue;
            foreach (var c in _children[t]) stack.Push((c, d + 1));
        }
    }
}
